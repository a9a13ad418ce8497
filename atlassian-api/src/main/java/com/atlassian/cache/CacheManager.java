package com.atlassian.cache;

/** Jira's cache manager, a {@link CacheFactory} that also manages the caches it made. */
public interface CacheManager extends CacheFactory {}
