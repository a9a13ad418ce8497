package io.serviceculture.plugin.persistence;

import com.atlassian.cache.Cache;
import com.atlassian.cache.CacheManager;
import com.atlassian.cache.CacheSettingsBuilder;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * One whole value read from the app's tables (all company values, all standards, every reporting line), held on each
 * node in Jira's cluster-invalidated cache: read from the tables on the first use after an invalidation, and emptied
 * on every node by {@link #invalidate()}, which writers call once their change has committed (earlier, a read on
 * another thread could put the old rows back).
 */
public final class ClusteredValue<T> {
    private static final String KEY = "all";

    private final Supplier<T> read;
    private final Runnable invalidate;

    private ClusteredValue(Supplier<T> read, Runnable invalidate) {
        this.read = read;
        this.invalidate = invalidate;
    }

    /** Cached under {@code cacheName}, replicated by invalidation, loaded by {@code loader}. */
    public static <T> ClusteredValue<T> cached(CacheManager caches, String cacheName, Supplier<T> loader) {
        Cache<String, T> cache = caches.getCache(
                cacheName,
                key -> loader.get(),
                new CacheSettingsBuilder().remote().replicateViaInvalidation().build());
        return new ClusteredValue<>(
                () -> Objects.requireNonNull(cache.get(KEY), "the loader always answers"), cache::removeAll);
    }

    /** Read from the tables every time: for tests of the tables themselves. */
    public static <T> ClusteredValue<T> uncached(Supplier<T> loader) {
        return new ClusteredValue<>(loader, () -> {});
    }

    public T get() {
        return read.get();
    }

    public void invalidate() {
        invalidate.run();
    }
}
