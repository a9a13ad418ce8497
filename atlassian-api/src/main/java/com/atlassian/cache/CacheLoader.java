package com.atlassian.cache;

/** Loads the value of a key missing from a cache. */
public interface CacheLoader<K, V> {
    V load(K key);
}
