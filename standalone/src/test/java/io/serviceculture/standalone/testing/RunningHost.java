package io.serviceculture.standalone.testing;

import io.serviceculture.standalone.HostOptions;
import io.serviceculture.standalone.StandaloneHost;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.rules.ExternalResource;

/**
 * The standalone host on a free port over a fresh H2 database, for one test class:
 * {@code @ClassRule public static final RunningHost HOST = RunningHost.withTestData();}. Test data (in
 * {@code hostdata/}): {@code admin/admin} (Jira administrator), {@code alice/alice} (licensed, team-it),
 * {@code carol/carol} (licensed, team-finance), {@code bob/bob} (no application access), {@code dave}
 * (deactivated). {@link #withDemo()} loads the demo instead.
 */
public final class RunningHost extends ExternalResource {
    private final HostOptions template;
    private Path dataDir = Path.of("");
    private StandaloneHost host;

    private RunningHost(HostOptions template) {
        this.template = template;
    }

    public static RunningHost withTestData() {
        return new RunningHost(HostOptions.defaults().withPort(0).withClasspathImport("hostdata"));
    }

    public static RunningHost withDemo() {
        return new RunningHost(HostOptions.defaults().withPort(0).withDemo(true));
    }

    /** Any options; the port is always a free one and the data folder a fresh one. */
    public static RunningHost with(HostOptions options) {
        return new RunningHost(options.withPort(0));
    }

    @Override
    protected void before() throws IOException {
        dataDir = Files.createTempDirectory("service-culture-host");
        host = StandaloneHost.start(template.withDataDir(dataDir));
    }

    @Override
    protected void after() {
        if (host != null) {
            host.close();
        }
        try (Stream<Path> files = Files.walk(dataDir)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public StandaloneHost host() {
        return host;
    }

    /** A URI on the host: {@code uri("/rest/api/2/myself")}. */
    public URI uri(String path) {
        return URI.create(host.baseUri() + path);
    }

    /** A client without cookies and without following redirects. */
    public HttpClient client() {
        return HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
    }

    /** A request with HTTP Basic credentials, as scripts and load runs send. */
    public HttpRequest.Builder request(String path, String user, String password) {
        return HttpRequest.newBuilder(uri(path))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", basic(user, password));
    }

    /** A request without credentials. */
    public HttpRequest.Builder anonymous(String path) {
        return HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30));
    }

    public HttpResponse<String> send(HttpRequest request) {
        return send(client(), request);
    }

    /** GET with Basic credentials, for the common case. */
    public HttpResponse<String> get(String path, String user, String password) {
        return send(request(path, user, password).GET().build());
    }

    /** Logs in through {@code /login.jsp} and returns a client holding the session cookie. */
    public Session login(String user, String password) {
        HttpClient browser = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .cookieHandler(new CookieManager())
                .build();
        String form = "os_username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&os_password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8);
        HttpResponse<String> response = send(
                browser,
                HttpRequest.newBuilder(uri("/login.jsp"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build());
        if (response.statusCode() != 302) {
            throw new IllegalStateException("login as " + user + " failed: " + response.statusCode());
        }
        return new Session(browser);
    }

    /** A logged-in browser-like client. */
    public final class Session {
        private final HttpClient client;

        Session(HttpClient client) {
            this.client = client;
        }

        public HttpResponse<String> get(String path) {
            return RunningHost.send(
                    client, HttpRequest.newBuilder(uri(path)).GET().build());
        }

        public HttpResponse<String> send(HttpRequest request) {
            return RunningHost.send(client, request);
        }

        public HttpClient client() {
            return client;
        }
    }

    public static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    static HttpResponse<String> send(HttpClient client, HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
