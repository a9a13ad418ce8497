package io.serviceculture.acceptance.rest;

import io.serviceculture.standalone.HostOptions;
import io.serviceculture.standalone.testing.RunningHost;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.junit.AfterClass;
import org.junit.ClassRule;

/** Kudos over HTTP with the host on a real PostgreSQL server (started from Maven Central's binaries). */
public class KudosRestOnPostgresTest extends KudosRestContract {
    private static final EmbeddedPostgres POSTGRES = startPostgres();

    @ClassRule
    public static final RunningHost HOST = RunningHost.with(HostOptions.defaults()
            .withClasspathImport("hostdata")
            .withDatabase("postgresql://postgres:postgres@localhost:" + POSTGRES.getPort() + "/postgres"));

    @Override
    protected RunningHost host() {
        return HOST;
    }

    @AfterClass
    public static void stopPostgres() throws IOException {
        POSTGRES.close();
    }

    private static EmbeddedPostgres startPostgres() {
        try {
            return EmbeddedPostgres.builder().start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
