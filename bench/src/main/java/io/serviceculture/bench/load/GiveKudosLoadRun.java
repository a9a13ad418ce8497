package io.serviceculture.bench.load;

import io.serviceculture.bench.data.LoadAverage;
import io.serviceculture.standalone.HostOptions;
import io.serviceculture.standalone.StandaloneHost;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
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
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

/**
 * The give-kudos load run of design.md section 6: many givers at once against the standalone host on a real
 * PostgreSQL, over loopback HTTP with Basic auth, as scripts call Jira. Each giver tries twelve kudos in a
 * shuffled order shared by all clients, so the same giver is often served by several clients at once; the
 * weekly allowance of ten must hold exactly, which the run checks by counting rows afterwards.
 *
 * <p>Bounded: a fixed number of requests and a time limit. Usage: {@code GiveKudosLoadRun [givers] [clients]
 * [result file]}.
 */
public final class GiveKudosLoadRun {
    static final int ALLOWANCE = 10;
    static final int ATTEMPTS_PER_GIVER = 12;
    static final Duration TIME_LIMIT = Duration.ofMinutes(5);

    private GiveKudosLoadRun() {}

    public static void main(String[] args) throws Exception {
        int givers = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int clients = args.length > 1 ? Integer.parseInt(args[1]) : 50;
        Path resultFile = Path.of(args.length > 2 ? args[2] : "bench/results/give-kudos-load.txt");
        Path work = Files.createTempDirectory("give-kudos-load");
        // pg_stat_statements counts what each give costs PostgreSQL; its own overhead is a few per cent
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setServerConfig("shared_preload_libraries", "pg_stat_statements")
                .start()) {
            Path people = writePeople(work.resolve("people"), givers);
            HostOptions options = HostOptions.defaults()
                    .withPort(0)
                    .withDataDir(work.resolve("data"))
                    .withImport(people)
                    .withDatabase("postgresql://postgres:postgres@localhost:" + postgres.getPort() + "/postgres");
            try (StandaloneHost host = StandaloneHost.start(options)) {
                URI kudos = URI.create(host.baseUri() + "/rest/service-culture/1.0/kudos");
                warmUp(kudos, clients);
                resetStatements(postgres);
                String loadBefore = LoadAverage.read();
                CpuTimes cpuBefore = CpuTimes.read(postgres.getPort());
                Result result = run(kudos, givers, clients);
                CpuTimes cpu = CpuTimes.read(postgres.getPort()).minus(cpuBefore);
                String loadAfter = LoadAverage.read();
                Statements statements = statements(postgres);
                Rows rows = countRows(postgres);
                String report = report(
                        result, rows, givers, clients, "start " + loadBefore + ", end " + loadAfter, statements, cpu);
                System.out.println(report);
                Files.createDirectories(resultFile.toAbsolutePath().getParent());
                Files.writeString(resultFile, report, StandardCharsets.UTF_8);
            }
        }
    }

    /** Givers {@code g0…}, receivers {@code r0…r9}, and a warm-up pair, all licensed Jira users. */
    static Path writePeople(Path dir, int givers) throws IOException {
        Files.createDirectories(dir);
        List<String> users = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < givers; i++) {
            names.add("g" + i);
        }
        for (int i = 0; i < 10; i++) {
            names.add("r" + i);
        }
        for (int i = 0; i < 50; i++) {
            names.add("w" + i);
        }
        for (String name : names) {
            users.add(String.format(
                    Locale.ROOT,
                    "{\"key\":\"%1$s\",\"name\":\"%1$s\",\"displayName\":\"Load %1$s\",\"emailAddress\":\"%1$s@example.com\","
                            + "\"password\":\"%1$s\",\"timeZone\":\"UTC\",\"locale\":\"en_GB\"}",
                    name));
        }
        Files.writeString(dir.resolve("users.json"), "[" + String.join(",\n", users) + "]");
        Files.writeString(
                dir.resolve("groups.json"),
                "[{\"name\":\"jira-software-users\",\"members\":[\"" + String.join("\",\"", names) + "\"]}]");
        return dir;
    }

    /** Lets the JIT, the connection pools and PostgreSQL's caches settle before anything is measured. */
    static void warmUp(URI kudos, int clients) throws InterruptedException {
        HttpClient http = client();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        for (int i = 0; i < 50 * ALLOWANCE; i++) {
            int n = i;
            pool.execute(() -> send(http, kudos, "w" + (n % 50), "r" + (n % 10), "warm-" + n));
        }
        pool.shutdown();
        if (!pool.awaitTermination(TIME_LIMIT.toSeconds(), TimeUnit.SECONDS)) {
            pool.shutdownNow();
        }
    }

    static Result run(URI kudos, int givers, int clients) throws InterruptedException {
        List<Integer> schedule = new ArrayList<>();
        for (int giver = 0; giver < givers; giver++) {
            for (int attempt = 0; attempt < ATTEMPTS_PER_GIVER; attempt++) {
                schedule.add(giver);
            }
        }
        Collections.shuffle(schedule, new Random(2026));
        HttpClient http = client();
        LatencyRecorder latencies = new LatencyRecorder();
        Map<Integer, LongAdder> statuses = new ConcurrentHashMap<>();
        AtomicInteger next = new AtomicInteger();
        Instant deadline = Instant.now().plus(TIME_LIMIT);
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long start = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            pool.execute(() -> {
                for (int i = next.getAndIncrement(); i < schedule.size(); i = next.getAndIncrement()) {
                    if (Instant.now().isAfter(deadline)) {
                        return;
                    }
                    int giver = schedule.get(i);
                    long sent = System.nanoTime();
                    int status = send(http, kudos, "g" + giver, "r" + (i % 10), "load-" + i);
                    latencies.record(System.nanoTime() - sent);
                    statuses.computeIfAbsent(status, s -> new LongAdder()).increment();
                }
            });
        }
        pool.shutdown();
        if (!pool.awaitTermination(TIME_LIMIT.toSeconds() + 30, TimeUnit.SECONDS)) {
            pool.shutdownNow();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Result(latencies, statuses, seconds, schedule.size());
    }

    static int send(HttpClient http, URI kudos, String giver, String receiver, String requestId) {
        String body = "{\"receivers\":[\"" + receiver + "\"],\"value\":\"own-it\",\"message\":\"Thanks for the help, "
                + receiver + "\",\"requestId\":\"" + requestId + "\"}";
        HttpRequest request = HttpRequest.newBuilder(kudos)
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", basic(giver))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    /** Starts counting statements and transactions after the warm-up, so only the measured run is counted. */
    static void resetStatements(EmbeddedPostgres postgres) throws SQLException {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE EXTENSION IF NOT EXISTS pg_stat_statements");
            statement.execute("SELECT pg_stat_statements_reset()");
            statement.execute("SELECT pg_stat_reset()");
        }
    }

    /** What PostgreSQL executed during the run, the host's statements only (not this run's own queries). */
    static Statements statements(EmbeddedPostgres postgres) throws SQLException, InterruptedException {
        // the statistics collector receives a backend's counts within half a second of its last transaction
        Thread.sleep(1000);
        List<String> top = new ArrayList<>();
        long calls = 0;
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            try (ResultSet rs = statement.executeQuery("SELECT calls, total_exec_time, query FROM pg_stat_statements"
                    + " WHERE query NOT LIKE '%pg_stat%' ORDER BY calls DESC")) {
                while (rs.next()) {
                    calls += rs.getLong(1);
                    if (top.size() < 8) {
                        top.add(String.format(
                                Locale.ROOT,
                                "%8d calls %8.0f ms  %s",
                                rs.getLong(1),
                                rs.getDouble(2),
                                abbreviate(rs.getString(3).replaceAll("\\s+", " "))));
                    }
                }
            }
            long transactions;
            try (ResultSet rs =
                    statement.executeQuery("SELECT SUM(xact_commit + xact_rollback) FROM pg_stat_database")) {
                rs.next();
                transactions = rs.getLong(1);
            }
            return new Statements(calls, transactions, top);
        }
    }

    private static String abbreviate(String query) {
        return query.length() <= 110 ? query : query.substring(0, 107) + "...";
    }

    static Rows countRows(EmbeddedPostgres postgres) throws SQLException {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            long loadRows;
            try (ResultSet rs = statement.executeQuery(
                    "SELECT COUNT(*) FROM \"AO_439D1B_KUDOS\" WHERE \"CLIENT_REQUEST_ID\" LIKE 'load-%'")) {
                rs.next();
                loadRows = rs.getLong(1);
            }
            long giversOverAllowance;
            try (ResultSet rs = statement.executeQuery("SELECT COUNT(*) FROM (SELECT \"GIVER_KEY\", \"WEEK\" FROM"
                    + " \"AO_439D1B_KUDOS\" GROUP BY \"GIVER_KEY\", \"WEEK\" HAVING COUNT(*) > " + ALLOWANCE
                    + ") over_allowance")) {
                rs.next();
                giversOverAllowance = rs.getLong(1);
            }
            return new Rows(loadRows, giversOverAllowance);
        }
    }

    static String report(
            Result result,
            Rows rows,
            int givers,
            int clients,
            String loadAverage,
            Statements statements,
            CpuTimes cpu) {
        long created = result.count(201);
        long refused = result.count(409);
        long errors = result.requests() - created - refused;
        double throughput = result.latencies().count() / result.seconds();
        double p99 = result.latencies().percentileMillis(99);
        boolean exact = rows.loadRows() == (long) givers * ALLOWANCE && rows.giversOverAllowance() == 0;
        boolean met = throughput >= 300 && p99 <= 100 && errors == 0 && exact;
        return String.join(
                        "\n",
                        "# Give kudos: load run against the standalone host on PostgreSQL (design.md section 6)",
                        "# bar: >= 300 requests/s at 50 concurrent clients, p99 <= 100 ms, no errors, allowance exact",
                        "# machine: " + Runtime.getRuntime().availableProcessors() + " cores, java "
                                + System.getProperty("java.version") + ", " + Instant.now(),
                        "# load average: " + loadAverage + " (1, 5, 15 min); the clients, the host and PostgreSQL"
                                + " share the cores",
                        "# command: bin/bench-load " + givers + " " + clients,
                        "# load: " + givers + " givers x " + ATTEMPTS_PER_GIVER + " attempts (allowance " + ALLOWANCE
                                + "), shuffled, " + clients + " clients, HTTP Basic, loopback; host and PostgreSQL"
                                + " on the same machine as the clients",
                        String.format(
                                Locale.ROOT,
                                "requests        %d in %.1f s",
                                result.latencies().count(),
                                result.seconds()),
                        String.format(Locale.ROOT, "throughput      %.0f requests/s", throughput),
                        String.format(
                                Locale.ROOT,
                                "latency ms      p50 %.1f  p95 %.1f  p99 %.1f  max %.1f",
                                result.latencies().percentileMillis(50),
                                result.latencies().percentileMillis(95),
                                p99,
                                result.latencies().percentileMillis(100)),
                        "201 created     " + created,
                        "409 allowance   " + refused,
                        "other (errors)  " + errors + " " + result.statuses(),
                        "rows stored     " + rows.loadRows() + " (expected " + (long) givers * ALLOWANCE + ")",
                        "givers over the allowance in a week: " + rows.giversOverAllowance(),
                        String.format(
                                Locale.ROOT,
                                "postgresql      %.2f statements and %.2f transactions a request (pg_stat_statements,"
                                        + " pg_stat_database; includes autocommit statements)",
                                statements.calls() / (double) result.latencies().count(),
                                statements.transactions()
                                        / (double) result.latencies().count()),
                        String.format(
                                Locale.ROOT,
                                "cpu ms         %.2f a request in this JVM (host and clients), %.2f in PostgreSQL"
                                        + " (CPU time, less disturbed than latency by other work on the machine)",
                                cpu.jvmMillis() / result.latencies().count(),
                                cpu.postgresMillis() / result.latencies().count()),
                        "most frequent statements:",
                        String.join("\n", statements.top()),
                        "bar met: " + (met ? "yes" : "NO"))
                + "\n";
    }

    private static HttpClient client() {
        return HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
    }

    private static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8));
    }

    record Result(LatencyRecorder latencies, Map<Integer, LongAdder> statuses, double seconds, int scheduled) {
        long count(int status) {
            LongAdder adder = statuses.get(status);
            return adder == null ? 0 : adder.sum();
        }

        long requests() {
            return statuses.values().stream().mapToLong(LongAdder::sum).sum();
        }
    }

    record Rows(long loadRows, long giversOverAllowance) {}

    record Statements(long calls, long transactions, List<String> top) {}
}
