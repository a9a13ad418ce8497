package com.atlassian.cache;

/** Creates or attaches to named caches; two caches of one name share one backing structure. */
public interface CacheFactory {
    /** The cache of this name that loads missing entries with the loader, created if need be. */
    <K, V> Cache<K, V> getCache(String name, CacheLoader<K, V> loader, CacheSettings required);
}
