package io.serviceculture.acceptance.testing;

import io.serviceculture.standalone.HostOptions;
import io.serviceculture.standalone.StandaloneHost;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A node of the cluster in a JVM of its own, so a test can kill it as abruptly as a power cut: {@link #kill()}
 * sends SIGKILL, and nothing in the node gets to close a connection, finish a transaction or run a shutdown hook.
 */
public final class ClusterNodeProcess implements AutoCloseable {
    private final Process process;
    private final int port;
    private final Path log;

    private ClusterNodeProcess(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /** Starts a node with {@link EmbeddedPostgresHosts#clusterNode} options and waits until it serves requests. */
    public static ClusterNodeProcess start(String database, String nodeId) throws IOException, InterruptedException {
        int port = freePort();
        Path dataDir = Files.createTempDirectory("service-culture-" + nodeId);
        Path log = dataDir.resolve("node.log");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(List.of(
                        java,
                        "-Xmx384m",
                        "-cp",
                        System.getProperty("java.class.path"),
                        ClusterNodeProcess.class.getName(),
                        String.valueOf(port),
                        database,
                        nodeId,
                        dataDir.toString()))
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        ClusterNodeProcess node = new ClusterNodeProcess(process, port, log);
        node.awaitServing(Duration.ofMinutes(3));
        return node;
    }

    /** The node's own entry point: a host on the shared database until the process is killed. */
    public static void main(String[] args) throws InterruptedException {
        HostOptions options = EmbeddedPostgresHosts.clusterNode(args[1], args[2])
                .withPort(Integer.parseInt(args[0]))
                .withDataDir(Path.of(args[3]));
        StandaloneHost.start(options);
        Thread.currentThread().join();
    }

    public URI uri(String path) {
        return URI.create("http://localhost:" + port + "/jira" + path);
    }

    /** Kills the node's JVM at once (SIGKILL) and waits until it is gone. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            try {
                kill();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void awaitServing(Duration timeout) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newHttpClient();
        long giveUp = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < giveUp) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the node exited: " + Files.readString(log));
            }
            try {
                HttpResponse<String> response = client.send(
                        HttpRequest.newBuilder(uri("/rest/api/2/myself"))
                                .header(
                                        "Authorization",
                                        io.serviceculture.standalone.testing.RunningHost.basic("admin", "admin"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // the node is still starting
            }
            Thread.sleep(500);
        }
        kill();
        throw new IllegalStateException("the node did not serve within " + timeout + ": " + Files.readString(log));
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
