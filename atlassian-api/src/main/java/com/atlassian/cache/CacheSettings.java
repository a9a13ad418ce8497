package com.atlassian.cache;

import org.jspecify.annotations.Nullable;

/** How a cache behaves; {@code null} means the cache manager's default. */
public interface CacheSettings {
    @Nullable
    Boolean getLocal();

    @Nullable
    Boolean getReplicateViaCopy();
}
