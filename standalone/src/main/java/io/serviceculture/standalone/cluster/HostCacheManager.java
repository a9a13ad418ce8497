package io.serviceculture.standalone.cluster;

import com.atlassian.cache.Cache;
import com.atlassian.cache.CacheLoader;
import com.atlassian.cache.CacheManager;
import com.atlassian.cache.CacheSettings;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Jira's {@code CacheManager} for one node of a cluster. Each cache is held on the node; a cache that is not
 * local ({@code remote()}, as Jira's clustered caches) replicates by invalidation through the shared database: its
 * {@code removeAll} raises the cache's version in {@code HOST_CACHE_VERSIONS}, and every node reads the versions
 * a few times a second and empties the caches whose version moved. That is Jira Data Center's asynchronous
 * invalidation: the node that changed the data sees the change at once, the others within {@link #POLL_MILLIS}.
 * A value loaded while the cache was being emptied is not kept, so a load that read old rows cannot outlive the
 * invalidation that followed them.
 */
public final class HostCacheManager implements CacheManager, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(HostCacheManager.class);
    /** How often a node looks for other nodes' invalidations. */
    public static final long POLL_MILLIS = 200;

    private final DataSource dataSource;
    private final Map<String, HostCache<?, ?>> caches = new ConcurrentHashMap<>();
    private final ScheduledFuture<?> polling;
    private final ScheduledExecutorService poller = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "host-cache-invalidation");
        thread.setDaemon(true);
        return thread;
    });

    public HostCacheManager(DataSource dataSource) {
        this.dataSource = dataSource;
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS HOST_CACHE_VERSIONS "
                    + "(CACHE_NAME VARCHAR(255) PRIMARY KEY, CACHE_VERSION BIGINT NOT NULL)");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create the cache versions table", e);
        }
        polling = poller.scheduleWithFixedDelay(this::pollSafely, POLL_MILLIS, POLL_MILLIS, TimeUnit.MILLISECONDS);
    }

    @Override
    public <K, V> Cache<K, V> getCache(String name, CacheLoader<K, V> loader, CacheSettings required) {
        boolean clustered = !Boolean.TRUE.equals(required.getLocal());
        HostCache<K, V> cache = new HostCache<>(name, loader, clustered);
        if (clustered) {
            cache.seenVersion = ensureVersionRow(name);
        }
        // as Jira: a cache asked for again with a loader is a new cache object; the latest one is invalidated
        caches.put(name, cache);
        return cache;
    }

    /** Looks for other nodes' invalidations now, as the poller does; tests call it to skip the wait. */
    public void poll() {
        Map<String, Long> versions = new HashMap<>();
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT CACHE_NAME, CACHE_VERSION FROM HOST_CACHE_VERSIONS")) {
            while (r.next()) {
                versions.put(r.getString(1), r.getLong(2));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the cache versions", e);
        }
        for (HostCache<?, ?> cache : caches.values()) {
            Long version = versions.get(cache.name);
            if (cache.clustered && version != null && version != cache.seenVersion) {
                cache.seenVersion = version;
                cache.clearHere();
            }
        }
    }

    private void pollSafely() {
        try {
            poll();
        } catch (RuntimeException e) {
            // the database may be gone while the host stops; the next poll tries again
            LOG.debug("Could not read the cache versions", e);
        }
    }

    private long ensureVersionRow(String name) {
        try (Connection c = dataSource.getConnection()) {
            Long version = version(c, name);
            if (version != null) {
                return version;
            }
            try (PreparedStatement insert =
                    c.prepareStatement("INSERT INTO HOST_CACHE_VERSIONS (CACHE_NAME, CACHE_VERSION) VALUES (?, 0)")) {
                insert.setString(1, name);
                insert.executeUpdate();
                return 0;
            } catch (SQLException e) {
                // another node inserted the row first
                return Objects.requireNonNull(version(c, name), "cache version row vanished");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot register cache " + name, e);
        }
    }

    private static @Nullable Long version(Connection c, String name) throws SQLException {
        try (PreparedStatement select =
                c.prepareStatement("SELECT CACHE_VERSION FROM HOST_CACHE_VERSIONS WHERE CACHE_NAME = ?")) {
            select.setString(1, name);
            try (ResultSet r = select.executeQuery()) {
                return r.next() ? r.getLong(1) : null;
            }
        }
    }

    private long raiseVersion(String name) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement update = c.prepareStatement(
                        "UPDATE HOST_CACHE_VERSIONS SET CACHE_VERSION = CACHE_VERSION + 1 WHERE CACHE_NAME = ?")) {
            update.setString(1, name);
            update.executeUpdate();
            return Objects.requireNonNull(version(c, name), "cache version row vanished");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot invalidate cache " + name, e);
        }
    }

    @Override
    public void close() {
        polling.cancel(false);
        poller.shutdownNow();
    }

    /** One node's copy of a cache. */
    private final class HostCache<K, V> implements Cache<K, V> {
        private final String name;
        private final CacheLoader<K, V> loader;
        private final boolean clustered;
        private final Map<K, V> entries = new ConcurrentHashMap<>();
        /** Raised by every clear, so a load that overlapped one is not kept. */
        private final AtomicLong generation = new AtomicLong();

        private volatile long seenVersion;

        HostCache(String name, CacheLoader<K, V> loader, boolean clustered) {
            this.name = name;
            this.loader = loader;
            this.clustered = clustered;
        }

        @Override
        public @Nullable V get(K key) {
            V cached = entries.get(key);
            if (cached != null) {
                return cached;
            }
            long before = generation.get();
            V loaded = loader.load(key);
            entries.put(key, loaded);
            if (generation.get() != before) {
                entries.remove(key, loaded);
            }
            return loaded;
        }

        @Override
        public void removeAll() {
            clearHere();
            if (clustered) {
                seenVersion = raiseVersion(name);
            }
        }

        void clearHere() {
            generation.incrementAndGet();
            entries.clear();
        }
    }
}
