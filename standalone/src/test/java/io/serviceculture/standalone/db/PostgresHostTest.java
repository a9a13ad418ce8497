package io.serviceculture.standalone.db;

import static org.assertj.core.api.Assertions.assertThat;

import io.serviceculture.standalone.HostOptions;
import io.serviceculture.standalone.testing.RunningHost;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest.BodyPublishers;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.junit.AfterClass;
import org.junit.ClassRule;
import org.junit.Test;

/** {@code --db postgresql://…}: the host keeps the app's tables and settings in a real PostgreSQL. */
public class PostgresHostTest {
    private static final EmbeddedPostgres POSTGRES = start();

    @ClassRule
    public static final RunningHost HOST = RunningHost.with(HostOptions.defaults()
            .withClasspathImport("hostdata")
            .withPluginRoot("fixture-plugin/")
            .withDatabase("postgresql://postgres:postgres@localhost:" + POSTGRES.getPort() + "/postgres"));

    @AfterClass
    public static void stopPostgres() throws IOException {
        POSTGRES.close();
    }

    @Test
    public void keepsPluginSettingsInPostgres() throws SQLException {
        // when
        HOST.send(HOST.request("/rest/fixture/1.0/settings", "alice", "alice")
                .header("Content-Type", "application/json")
                .PUT(BodyPublishers.ofString("{\"colour\":\"plum\"}"))
                .build());

        // then
        try (Connection c = POSTGRES.getPostgresDatabase().getConnection();
                ResultSet r = c.createStatement()
                        .executeQuery("SELECT SETTINGS_VALUE FROM HOST_PLUGIN_SETTINGS WHERE SETTINGS_KEY = "
                                + "'global.fixture.colour'")) {
            assertThat(r.next()).isTrue();
            assertThat(r.getString(1)).isEqualTo("Splum");
        }
        assertThat(HOST.host().database().kind()).isEqualTo(HostDatabase.Kind.POSTGRESQL);
    }

    @Test
    public void readsTheUserAndPasswordFromTheUrl() {
        // given
        HostDatabase db = HostDatabase.postgres("postgresql://sc%40user:p%3Ass@db.example:6543/culture");

        // then
        assertThat(db.toString()).isEqualTo("PostgreSQL db.example:6543/culture");
        assertThat(db.postgresUser()).contains("sc@user");
    }

    private static EmbeddedPostgres start() {
        try {
            return EmbeddedPostgres.builder().start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the embedded PostgreSQL", e);
        }
    }
}
