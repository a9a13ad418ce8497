package io.serviceculture.acceptance.testing;

import io.serviceculture.standalone.HostOptions;
import io.serviceculture.standalone.testing.RunningHost;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The host on a real PostgreSQL server, started once per test JVM from Maven Central's binaries; each host gets
 * a database of its own, so test classes never see each other's rows.
 */
public final class EmbeddedPostgresHosts {
    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static EmbeddedPostgres server;

    private EmbeddedPostgresHosts() {}

    /** A host with the test data over a fresh PostgreSQL database. */
    public static RunningHost withTestData() {
        return RunningHost.with(HostOptions.defaults()
                .withClasspathImport("hostdata")
                .withDatabase(
                        "postgresql://postgres:postgres@localhost:" + server().getPort() + "/" + freshDatabase()));
    }

    /**
     * The nodes of one cluster: hosts with the test data and the Data Center givers ({@code dcdata}) over one fresh
     * PostgreSQL database, with node ids {@code node-1}, {@code node-2}…; start them in order (a {@code RuleChain}).
     */
    public static List<RunningHost> cluster(int nodes) {
        String database = freshDatabaseUrl();
        List<RunningHost> hosts = new ArrayList<>();
        for (int n = 1; n <= nodes; n++) {
            hosts.add(RunningHost.with(clusterNode(database, "node-" + n)));
        }
        return hosts;
    }

    /** The options of one more node of the cluster on {@code database}. */
    public static HostOptions clusterNode(String database, String nodeId) {
        return HostOptions.defaults()
                .withClasspathImport("hostdata")
                .withClasspathImport("dcdata")
                .withDatabase(database)
                .withNodeId(nodeId);
    }

    /** A fresh database on the embedded server, as {@code postgresql://user:pass@host:port/db}. */
    public static String freshDatabaseUrl() {
        return "postgresql://postgres:postgres@localhost:" + server().getPort() + "/" + freshDatabase();
    }

    private static synchronized EmbeddedPostgres server() {
        if (server == null) {
            try {
                server = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            EmbeddedPostgres started = server;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    started.close();
                } catch (IOException e) {
                    // the JVM is exiting; PostgreSQL's own shutdown follows its postmaster
                }
            }));
        }
        return server;
    }

    private static String freshDatabase() {
        String name = "host" + DATABASES.incrementAndGet();
        try (Connection connection = server().getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("could not create database " + name, e);
        }
        return name;
    }
}
