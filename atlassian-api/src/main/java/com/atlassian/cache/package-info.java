/**
 * Compile-only mirror of Atlassian Cache, following
 * https://docs.atlassian.com/atlassian-cache-api/2.9.0/atlassian-cache-api/apidocs/com/atlassian/cache/CacheFactory.html
 * ({@code getCache(String, CacheLoader, CacheSettings)}, which the app calls on Jira's {@code CacheManager}),
 * {@code Cache} ({@code get}, {@code removeAll}), {@code CacheLoader} (its one method, as the app implements it),
 * {@code CacheSettings} (passed, never called, but for the two getters the standalone host reads) and
 * {@code CacheSettingsBuilder} ({@code remote}, {@code replicateViaInvalidation}, {@code build}). Jira provides the
 * real types.
 */
@org.jspecify.annotations.NullMarked
package com.atlassian.cache;
