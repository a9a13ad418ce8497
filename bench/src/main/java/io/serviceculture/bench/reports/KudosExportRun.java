package io.serviceculture.bench.reports;

import io.serviceculture.standalone.HostOptions;
import io.serviceculture.standalone.StandaloneHost;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The HR export benchmark of design.md section 6: a generator bulk-inserts a million kudos (one receiver each, one
 * in ten private, which an admin allows reports to list) into PostgreSQL through SQL, then the detail report is
 * downloaded through the standalone host over loopback HTTP as CSV and as XLSX, timed end to end from the request
 * to the last byte, with the time to the first byte of the body. The host runs in this JVM, so {@code -Xmx256m}
 * on this command bounds the export's memory; the peak heap seen during each download is reported too.
 *
 * <p>Usage: {@code KudosExportRun [kudos] [runs] [result file]}.
 */
public final class KudosExportRun {
    static final int GIVERS = 1000;
    static final int RECEIVERS = 500;
    static final int TEAMS = 10;
    static final String ADMIN = "admin";

    private KudosExportRun() {}

    public static void main(String[] args) throws Exception {
        int kudos = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        Path resultFile = Path.of(args.length > 2 ? args[2] : "bench/results/kudos-export.txt");
        Path work = Files.createTempDirectory("kudos-export");
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            HostOptions options = HostOptions.defaults()
                    .withPort(0)
                    .withDataDir(work.resolve("data"))
                    .withImport(writePeople(work.resolve("people")))
                    .withDatabase("postgresql://postgres:postgres@localhost:" + postgres.getPort() + "/postgres");
            try (StandaloneHost host = StandaloneHost.start(options)) {
                String rest = host.baseUri() + "/rest/service-culture/1.0";
                HttpClient http = HttpClient.newBuilder().build();
                for (int t = 0; t < TEAMS; t++) {
                    admin(http, "POST", rest + "/admin/people/teams", "{\"group\":\"team-" + t + "\"}");
                }
                admin(http, "PUT", rest + "/reports/kudos/settings", "{\"privateText\":true}");
                long generated = System.nanoTime();
                generate(postgres, kudos);
                Duration generation = Duration.ofNanos(System.nanoTime() - generated);

                URI count = URI.create(rest + "/reports/kudos/count");
                URI csv = URI.create(rest + "/reports/kudos/export/detail.csv");
                URI xlsx = URI.create(rest + "/reports/kudos/export/detail.xlsx");
                // warm-up: the JIT, the connection pool and PostgreSQL's caches, on a tenth of the rows
                download(http, URI.create(csv + "?to=" + warmUpEnd(kudos)), 0);
                download(http, URI.create(xlsx + "?to=" + warmUpEnd(kudos)), 0);

                List<Measured> csvRuns = new ArrayList<>();
                List<Measured> xlsxRuns = new ArrayList<>();
                long counted = 0;
                long countMillis = 0;
                for (int i = 0; i < runs; i++) {
                    long started = System.nanoTime();
                    counted = countRows(http, count);
                    countMillis = (System.nanoTime() - started) / 1_000_000;
                    csvRuns.add(download(http, csv, counted));
                    xlsxRuns.add(download(http, xlsx, counted));
                }
                String report = report(kudos, runs, generation, counted, countMillis, csvRuns, xlsxRuns);
                System.out.println(report);
                Files.createDirectories(resultFile.toAbsolutePath().getParent());
                Files.writeString(resultFile, report, StandardCharsets.UTF_8);
            }
        }
    }

    /** The date a tenth of the kudos in: they are given 20 seconds apart from 1 January 2025. */
    private static String warmUpEnd(int kudos) {
        return Instant.parse("2025-01-01T00:00:00Z")
                .plusSeconds(20L * kudos / 10)
                .toString()
                .substring(0, 10);
    }

    /** The admin (HR by being an admin), givers {@code g0…}, receivers {@code r0…} in ten teams. */
    static Path writePeople(Path dir) throws IOException {
        Files.createDirectories(dir);
        List<String> names = new ArrayList<>();
        names.add(ADMIN);
        for (int i = 0; i < GIVERS; i++) {
            names.add("g" + i);
        }
        for (int i = 0; i < RECEIVERS; i++) {
            names.add("r" + i);
        }
        List<String> users = new ArrayList<>();
        for (String name : names) {
            users.add(String.format(
                    Locale.ROOT,
                    "{\"key\":\"%1$s\",\"name\":\"%1$s\",\"displayName\":\"Person %1$s\",\"emailAddress\":\"%1$s@example.com\","
                            + "\"password\":\"%1$s\",\"timeZone\":\"Europe/Berlin\",\"locale\":\"en_GB\"}",
                    name));
        }
        Files.writeString(dir.resolve("users.json"), "[" + String.join(",\n", users) + "]");
        List<String> groups = new ArrayList<>();
        groups.add("{\"name\":\"jira-software-users\",\"members\":[\"" + String.join("\",\"", names) + "\"]}");
        groups.add("{\"name\":\"jira-administrators\",\"members\":[\"" + ADMIN + "\"]}");
        for (int t = 0; t < TEAMS; t++) {
            List<String> members = new ArrayList<>();
            for (int r = t; r < RECEIVERS; r += TEAMS) {
                members.add("r" + r);
            }
            groups.add("{\"name\":\"team-" + t + "\",\"members\":[\"" + String.join("\",\"", members) + "\"]}");
        }
        Files.writeString(dir.resolve("groups.json"), "[" + String.join(",\n", groups) + "]");
        return dir;
    }

    /** Inserts the kudos and their receivers in two set-based statements, as a migration would. */
    static void generate(EmbeddedPostgres postgres, int kudos) throws SQLException {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute(
                    "INSERT INTO \"AO_439D1B_KUDOS\" (\"GIVER_KEY\", \"VALUE_ID\", \"MESSAGE\", \"VISIBILITY\","
                            + " \"GIVEN_AT\", \"WEEK\", \"SLOT\", \"CLIENT_REQUEST_ID\", \"REQUEST_KEY\")"
                            + " SELECT 'g' || (i % " + GIVERS + "),"
                            + " (ARRAY['own-it','client-first','one-team','raise-the-bar'])[1 + i % 4],"
                            + " 'Thanks for sorting out request ' || i || ', the client was delighted, well done!',"
                            + " CASE WHEN i % 10 = 0 THEN 'PRIVATE' ELSE 'PUBLIC' END,"
                            + " TIMESTAMP '2025-01-01 00:00:00' + i * INTERVAL '20 seconds',"
                            + " 'bench', 'bench|' || i, 'bench-' || i, 'bench|' || i"
                            + " FROM generate_series(1, " + kudos + ") AS i");
            statement.execute("INSERT INTO \"AO_439D1B_KUDOS_RCV\" (\"KUDOS_ID\", \"RECEIVER_ID\")"
                    + " SELECT \"ID\", 'user:r' || (\"ID\" % " + RECEIVERS + ") FROM \"AO_439D1B_KUDOS\"");
            statement.execute("ANALYZE");
            try (ResultSet rs = statement.executeQuery("SELECT COUNT(*) FROM \"AO_439D1B_KUDOS\"")) {
                rs.next();
                if (rs.getLong(1) != kudos) {
                    throw new IllegalStateException("generated " + rs.getLong(1) + " kudos, not " + kudos);
                }
            }
        }
    }

    /** One download: time to the first body byte, to the last, the bytes, the CSV records, the peak heap. */
    record Measured(long firstByteMillis, long totalMillis, long bytes, long records, long rows, long peakHeapMb) {
        double rowsPerSecond() {
            return rows * 1000.0 / totalMillis;
        }
    }

    /** @param rows the rows the download holds, from {@code GET /count} */
    static Measured download(HttpClient http, URI uri, long rows) throws IOException, InterruptedException {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        AtomicLong peak = new AtomicLong();
        Thread sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(10);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        sampler.setDaemon(true);
        sampler.start();
        long start = System.nanoTime();
        HttpResponse<InputStream> response =
                http.send(request(uri).GET().build(), HttpResponse.BodyHandlers.ofInputStream());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(uri + " answered " + response.statusCode());
        }
        long firstByte = -1;
        long bytes = 0;
        long records = 0;
        int previous = 0;
        byte[] buffer = new byte[1 << 16];
        try (InputStream body = response.body()) {
            for (int n = body.read(buffer); n >= 0; n = body.read(buffer)) {
                if (firstByte < 0 && n > 0) {
                    firstByte = System.nanoTime() - start;
                }
                bytes += n;
                for (int i = 0; i < n; i++) {
                    if (buffer[i] == '\n' && previous == '\r') {
                        records++;
                    }
                    previous = buffer[i];
                }
            }
        }
        long total = System.nanoTime() - start;
        sampler.interrupt();
        return new Measured(firstByte / 1_000_000, total / 1_000_000, bytes, records, rows, peak.get() / (1024 * 1024));
    }

    static long countRows(HttpClient http, URI count) throws IOException, InterruptedException {
        String body = http.send(request(count).GET().build(), HttpResponse.BodyHandlers.ofString())
                .body();
        return Long.parseLong(body.replaceAll("[^0-9]", ""));
    }

    static void admin(HttpClient http, String method, String uri, String json)
            throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(
                request(URI.create(uri))
                        .header("Content-Type", "application/json")
                        .method(method, HttpRequest.BodyPublishers.ofString(json))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new IllegalStateException(
                    method + " " + uri + " answered " + response.statusCode() + ": " + response.body());
        }
    }

    static HttpRequest.Builder request(URI uri) {
        String basic = Base64.getEncoder().encodeToString((ADMIN + ":" + ADMIN).getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(uri).timeout(Duration.ofMinutes(10)).header("Authorization", "Basic " + basic);
    }

    static String report(
            int kudos,
            int runs,
            Duration generation,
            long counted,
            long countMillis,
            List<Measured> csv,
            List<Measured> xlsx) {
        StringBuilder out = new StringBuilder();
        out.append(
                "# HR export of kudos: the detail report through the standalone host on PostgreSQL (design.md section 6)\n");
        out.append("# bar: CSV >= 200k rows/s, XLSX >= 50k rows/s, -Xmx256m, first byte <= 500 ms\n");
        out.append(String.format(
                Locale.ROOT,
                "# machine: %d cores, java %s, max heap %d MB, %s%n",
                Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"),
                Runtime.getRuntime().maxMemory() / (1024 * 1024),
                Instant.now()));
        out.append("# command: bin/bench-export ")
                .append(kudos)
                .append(' ')
                .append(runs)
                .append('\n');
        out.append("# data: ")
                .append(kudos)
                .append(" kudos, one receiver each (one in ten private, listed as an admin"
                        + " allowed), 1000 givers, 500 receivers in 10 teams, generated by SQL in ")
                .append(generation.toSeconds())
                .append(" s; host, PostgreSQL 14 and client on the same machine, loopback HTTP\n");
        out.append(String.format(
                Locale.ROOT, "count         %d rows in %d ms (GET /count, last run)%n", counted, countMillis));
        append(out, "csv ", csv);
        append(out, "xlsx", xlsx);
        Measured csvMedian = median(csv);
        Measured xlsxMedian = median(xlsx);
        boolean met = csvMedian.rowsPerSecond() >= 200_000
                && xlsxMedian.rowsPerSecond() >= 50_000
                && csvMedian.firstByteMillis() <= 500
                && xlsxMedian.firstByteMillis() <= 500
                && csvMedian.records() - 1 == kudos;
        out.append(String.format(
                Locale.ROOT,
                "median        csv %.0f rows/s, first byte %d ms; xlsx %.0f rows/s, first byte %d ms%n",
                csvMedian.rowsPerSecond(),
                csvMedian.firstByteMillis(),
                xlsxMedian.rowsPerSecond(),
                xlsxMedian.firstByteMillis()));
        out.append("bar met: ").append(met ? "yes" : "NO").append('\n');
        return out.toString();
    }

    private static void append(StringBuilder out, String format, List<Measured> runs) {
        for (Measured m : runs) {
            out.append(String.format(
                    Locale.ROOT,
                    "%s run      %d rows (GET /count), %d CSV records, %d MB in %d ms = %.0f rows/s; first byte %d ms;"
                            + " peak heap %d MB%n",
                    format,
                    m.rows(),
                    m.records(),
                    m.bytes() / (1024 * 1024),
                    m.totalMillis(),
                    m.rowsPerSecond(),
                    m.firstByteMillis(),
                    m.peakHeapMb()));
        }
    }

    private static Measured median(List<Measured> runs) {
        List<Measured> sorted = new ArrayList<>(runs);
        sorted.sort((a, b) -> Long.compare(a.totalMillis(), b.totalMillis()));
        return sorted.get(sorted.size() / 2);
    }
}
