package io.serviceculture.bench.load;

import io.serviceculture.bench.data.ScaleDatabase;
import io.serviceculture.standalone.HostOptions;
import io.serviceculture.standalone.StandaloneHost;
import io.serviceculture.standalone.jira.HostIssue;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The host over a generated scale set, as the load runs start it: its database, how long it took to start, its
 * issue keys and how many generated people ({@code u…}) it holds.
 */
final class ScaleHost implements AutoCloseable {
    private final ScaleDatabase database;
    private final StandaloneHost host;
    private final Duration startup;
    private final List<String> issueKeys;
    private final int people;

    private ScaleHost(ScaleDatabase database, StandaloneHost host, Duration startup) {
        this.database = database;
        this.host = host;
        this.startup = startup;
        this.issueKeys = host.jira().issues().stream().map(HostIssue::key).toList();
        this.people = (int) host.directory().users().stream()
                .filter(u -> u.name().startsWith("u"))
                .count();
    }

    /**
     * Starts the host on a random port over the set in the folder, with its data in a new temporary folder.
     *
     * @throws IllegalStateException when the folder holds no generated set
     */
    static ScaleHost start(Path folder, Optional<String> postgresUrl, Path pgData, String name) throws IOException {
        if (!Files.isDirectory(folder.resolve("jira"))) {
            throw new IllegalStateException("no data in " + folder + ": run bin/generate-data first");
        }
        ScaleDatabase database = ScaleDatabase.open(postgresUrl, pgData);
        try {
            HostOptions options = HostOptions.defaults()
                    .withPort(0)
                    .withDataDir(Files.createTempDirectory(name))
                    .withImport(folder)
                    .withDatabase(database.url());
            long starting = System.nanoTime();
            StandaloneHost host = StandaloneHost.start(options);
            return new ScaleHost(database, host, Duration.ofNanos(System.nanoTime() - starting));
        } catch (IOException | RuntimeException e) {
            database.close();
            throw e;
        }
    }

    StandaloneHost host() {
        return host;
    }

    ScaleDatabase database() {
        return database;
    }

    Duration startup() {
        return startup;
    }

    List<String> issueKeys() {
        return issueKeys;
    }

    int people() {
        return people;
    }

    @Override
    public void close() throws IOException {
        try {
            host.close();
        } finally {
            database.close();
        }
    }
}
