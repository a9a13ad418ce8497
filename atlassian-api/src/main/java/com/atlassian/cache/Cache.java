package com.atlassian.cache;

import org.jspecify.annotations.Nullable;

/** A named cache; with a loader, {@link #get} loads what is missing. */
public interface Cache<K, V> {
    @Nullable
    V get(K key);

    /** Empties the cache; in a cluster, on every node as the cache's settings replicate it. */
    void removeAll();
}
