package io.serviceculture.standalone.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.cache.Cache;
import com.atlassian.cache.CacheSettingsBuilder;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.h2.jdbcx.JdbcConnectionPool;
import org.junit.After;
import org.junit.Test;

public class HostCacheManagerTest {
    private static final String NAME = "io.serviceculture.test.values";

    private final JdbcConnectionPool pool =
            JdbcConnectionPool.create("jdbc:h2:mem:caches" + System.nanoTime() + ";DB_CLOSE_DELAY=-1", "sa", "");
    // two nodes over one database
    private final HostCacheManager nodeOne = new HostCacheManager(pool);
    private final HostCacheManager nodeTwo = new HostCacheManager(pool);
    /** What the "database" holds; each node's loader reads it and counts its reads. */
    private final AtomicReference<String> stored = new AtomicReference<>("own-it");

    private final AtomicInteger readsOne = new AtomicInteger();
    private final AtomicInteger readsTwo = new AtomicInteger();

    @After
    public void close() {
        nodeOne.close();
        nodeTwo.close();
        pool.dispose();
    }

    @Test
    public void readsTheStoreOnceAndThenServesFromMemory() {
        // given
        Cache<String, String> cache = clustered(nodeOne, readsOne);

        // when
        cache.get("all");
        cache.get("all");
        String third = cache.get("all");

        // then
        assertThat(third).isEqualTo("own-it");
        assertThat(readsOne).hasValue(1);
    }

    @Test
    public void seesAChangeOnTheNodeThatMadeItAtOnce() {
        // given
        Cache<String, String> cache = clustered(nodeOne, readsOne);
        cache.get("all");

        // when
        stored.set("care");
        cache.removeAll();

        // then
        assertThat(cache.get("all")).isEqualTo("care");
    }

    @Test
    public void emptiesTheOtherNodesCacheWhenItNextLooksForInvalidations() {
        // given both nodes hold the value
        Cache<String, String> one = clustered(nodeOne, readsOne);
        Cache<String, String> two = clustered(nodeTwo, readsTwo);
        one.get("all");
        two.get("all");

        // when node one changes it
        stored.set("care");
        one.removeAll();
        nodeTwo.poll();

        // then node two reads it again
        assertThat(two.get("all")).isEqualTo("care");
        assertThat(readsTwo).hasValue(2);
    }

    @Test
    public void keepsServingFromMemoryWhileNoNodeInvalidates() {
        // given
        Cache<String, String> two = clustered(nodeTwo, readsTwo);
        two.get("all");

        // when node two looks for invalidations and finds none
        nodeTwo.poll();
        nodeTwo.poll();

        // then
        assertThat(two.get("all")).isEqualTo("own-it");
        assertThat(readsTwo).hasValue(1);
    }

    @Test
    public void doesNotKeepAValueLoadedWhileTheCacheWasEmptied() {
        // given a load that reads the old value while another thread changes it and empties the cache
        AtomicReference<Cache<String, String>> self = new AtomicReference<>();
        AtomicInteger reads = new AtomicInteger();
        Cache<String, String> cache = nodeOne.getCache(
                NAME,
                key -> {
                    String read = stored.get();
                    if (reads.incrementAndGet() == 1) {
                        stored.set("care");
                        self.get().removeAll();
                    }
                    return read;
                },
                new CacheSettingsBuilder().remote().replicateViaInvalidation().build());
        self.set(cache);

        // when
        String first = cache.get("all");
        String second = cache.get("all");

        // then the first caller got what it read, but the next one reads again
        assertThat(first).isEqualTo("own-it");
        assertThat(second).isEqualTo("care");
        assertThat(reads).hasValue(2);
    }

    private Cache<String, String> clustered(HostCacheManager node, AtomicInteger reads) {
        return node.getCache(
                NAME,
                key -> {
                    reads.incrementAndGet();
                    return stored.get();
                },
                new CacheSettingsBuilder().remote().replicateViaInvalidation().build());
    }
}
