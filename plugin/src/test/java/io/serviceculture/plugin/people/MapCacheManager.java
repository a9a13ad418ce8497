package io.serviceculture.plugin.people;

import com.atlassian.cache.Cache;
import com.atlassian.cache.CacheLoader;
import com.atlassian.cache.CacheManager;
import com.atlassian.cache.CacheSettings;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/** Jira's cache manager on one node, as a map per cache: enough to see what the app reads and when. */
public final class MapCacheManager implements CacheManager {
    @Override
    public <K, V> Cache<K, V> getCache(String name, CacheLoader<K, V> loader, CacheSettings required) {
        Map<K, V> entries = new ConcurrentHashMap<>();
        return new Cache<>() {
            @Override
            public @Nullable V get(K key) {
                return entries.computeIfAbsent(key, loader::load);
            }

            @Override
            public void removeAll() {
                entries.clear();
            }
        };
    }
}
