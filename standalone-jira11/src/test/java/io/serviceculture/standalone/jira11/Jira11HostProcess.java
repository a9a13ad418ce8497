package io.serviceculture.standalone.jira11;

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
import java.time.Instant;
import java.util.List;
import org.junit.rules.ExternalResource;

/**
 * The transformed host in its own JVM, on a free port with the demo data, as {@code bin/demo} runs the javax one:
 * its class path holds only Jira 11's stack and the jakarta jars, so nothing javax can hide a mistake.
 */
final class Jira11HostProcess extends ExternalResource {
    private static final Duration START_TIMEOUT = Duration.ofMinutes(3);

    private Process process;
    private Path dataDir;
    private Path log;
    private int port;

    @Override
    protected void before() throws Exception {
        port = freePort();
        dataDir = Files.createTempDirectory("jira11-host");
        log = dataDir.resolve("host.log");
        String classpath = String.join(
                java.io.File.pathSeparator,
                property("hostJar"),
                property("apiMirrorJar"),
                Files.readString(Path.of(property("hostClasspath"))).strip());
        process = new ProcessBuilder(List.of(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Xmx512m",
                        "-cp",
                        classpath,
                        "io.serviceculture.standalone.StandaloneHost",
                        "--port",
                        String.valueOf(port),
                        "--data",
                        dataDir.resolve("data").toString(),
                        "--demo"))
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        awaitServing();
    }

    @Override
    protected void after() {
        if (process != null) {
            process.destroy();
            try {
                process.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    URI uri(String path) {
        return URI.create("http://localhost:" + port + "/jira" + path);
    }

    String log() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void awaitServing() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The Jira 11 host stopped while starting:\n" + log());
            }
            try {
                HttpResponse<Void> response = client.send(
                        HttpRequest.newBuilder(uri("/login.jsp")).build(), HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("The Jira 11 host did not serve within " + START_TIMEOUT + ":\n" + log());
    }

    private static String property(String name) {
        String value = System.getProperty(name);
        if (value == null) {
            throw new IllegalStateException(name + " is not set: run this test through Maven's failsafe plugin");
        }
        return value;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
