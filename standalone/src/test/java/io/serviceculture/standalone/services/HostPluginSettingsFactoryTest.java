package io.serviceculture.standalone.services;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.sal.api.pluginsettings.PluginSettings;
import io.serviceculture.standalone.cluster.HostCacheManager;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.h2.jdbcx.JdbcConnectionPool;
import org.junit.After;
import org.junit.Test;

public class HostPluginSettingsFactoryTest {
    private static final String KEY = "io.serviceculture.test.teams";

    private final JdbcConnectionPool pool =
            JdbcConnectionPool.create("jdbc:h2:mem:settings" + System.nanoTime() + ";DB_CLOSE_DELAY=-1", "sa", "");
    // two nodes over one database, each with its own caches
    private final HostCacheManager cachesOne = new HostCacheManager(pool);
    private final HostCacheManager cachesTwo = new HostCacheManager(pool);
    private final PluginSettings nodeOne = new HostPluginSettingsFactory(pool, cachesOne).createGlobalSettings();
    private final PluginSettings nodeTwo = new HostPluginSettingsFactory(pool, cachesTwo).createGlobalSettings();

    @After
    public void close() {
        cachesOne.close();
        cachesTwo.close();
        pool.dispose();
    }

    @Test
    public void servesARepeatedReadFromMemoryAsJirasCachedPropertySetsDo() throws SQLException {
        // given a value read once
        nodeOne.put(KEY, "Platform");
        assertThat(nodeOne.get(KEY)).isEqualTo("Platform");

        // when the row changes behind the settings' back
        execute("UPDATE HOST_PLUGIN_SETTINGS SET SETTINGS_VALUE = 'SBilling'");

        // then the read is the cached one: no query was made
        assertThat(nodeOne.get(KEY)).isEqualTo("Platform");
    }

    @Test
    public void aWriteIsSeenAtOnceOnItsNodeAndAfterInvalidationOnTheOther() {
        // given both nodes have read the value
        nodeOne.put(KEY, "Platform");
        assertThat(nodeTwo.get(KEY)).isEqualTo("Platform");

        // when node one changes it
        nodeOne.put(KEY, "Billing");

        // then node one sees it at once, node two once it has looked for invalidations
        assertThat(nodeOne.get(KEY)).isEqualTo("Billing");
        cachesTwo.poll();
        assertThat(nodeTwo.get(KEY)).isEqualTo("Billing");
    }

    @Test
    public void aRemovedValueReadsAsAbsentAndEachReadGetsItsOwnList() {
        // given
        nodeOne.put(KEY, List.of("Platform", "Billing"));
        @SuppressWarnings("unchecked")
        List<String> first = (List<String>) nodeOne.get(KEY);
        first.clear();

        // when
        Object second = nodeOne.get(KEY);
        nodeOne.remove(KEY);

        // then a caller that changed its copy did not change the cached value
        assertThat(second).isEqualTo(List.of("Platform", "Billing"));
        assertThat(nodeOne.get(KEY)).isNull();
    }

    private void execute(String sql) throws SQLException {
        try (Connection c = pool.getConnection();
                Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
