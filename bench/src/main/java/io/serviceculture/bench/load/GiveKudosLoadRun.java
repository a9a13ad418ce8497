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
    /** The rate the bar names: 300 requests a second from 50 concurrent clients. */
    static final double BAR_RATE = 300;

    /**
     * The two runs, each with its own givers so that both start with a full allowance. The ceiling sends as fast as
     * the clients get answers (closed loop, no think time): its throughput is the most the machine serves, and its
     * latency is 50 ÷ throughput by Little's law. The paced run offers the bar's rate on a fixed schedule, as a load
     * test states "300 requests/s at 50 clients, p99 ≤ 100 ms"; each latency counts from the moment the schedule
     * meant the request to go, so a client held up by a slow answer does not hide the delay (coordinated omission).
     */
    enum Phase {
        CEILING("g", "ceiling-"),
        PACED("p", "paced-");

        final String giverPrefix;
        final String requestPrefix;

        Phase(String giverPrefix, String requestPrefix) {
            this.giverPrefix = giverPrefix;
            this.requestPrefix = requestPrefix;
        }
    }

    private GiveKudosLoadRun() {}

    public static void main(String[] args) throws Exception {
        int givers = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int clients = args.length > 1 ? Integer.parseInt(args[1]) : 50;
        double rate = args.length > 2 ? Double.parseDouble(args[2]) : BAR_RATE;
        Path resultFile = Path.of(args.length > 3 ? args[3] : "bench/results/give-kudos-load.txt");
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
                Result ceiling = run(kudos, Phase.CEILING, givers, clients, 0);
                CpuTimes cpu = CpuTimes.read(postgres.getPort()).minus(cpuBefore);
                Statements statements = statements(postgres);
                String loadBetween = LoadAverage.read();
                Result paced = run(kudos, Phase.PACED, givers, clients, rate);
                String loadAfter = LoadAverage.read();
                Rows rows = countRows(postgres);
                String report = report(
                        new Runs(ceiling, paced, rate),
                        rows,
                        givers,
                        clients,
                        "start " + loadBefore + ", between the runs " + loadBetween + ", end " + loadAfter,
                        statements,
                        cpu);
                System.out.println(report);
                Files.createDirectories(resultFile.toAbsolutePath().getParent());
                Files.writeString(resultFile, report, StandardCharsets.UTF_8);
            }
        }
    }

    /** Givers {@code g0…} and {@code p0…} (one set a run), receivers {@code r0…r9}, warm-up givers, all licensed. */
    static Path writePeople(Path dir, int givers) throws IOException {
        Files.createDirectories(dir);
        List<String> users = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < givers; i++) {
            names.add(Phase.CEILING.giverPrefix + i);
            names.add(Phase.PACED.giverPrefix + i);
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

    /** One run of every giver's twelve attempts, shuffled; {@code rate} 0 sends as fast as answers come. */
    static Result run(URI kudos, Phase phase, int givers, int clients, double rate) throws InterruptedException {
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
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long start = System.nanoTime();
        long deadline = start + TIME_LIMIT.toNanos();
        for (int c = 0; c < clients; c++) {
            pool.execute(() -> {
                for (int i = next.getAndIncrement(); i < schedule.size(); i = next.getAndIncrement()) {
                    long due = rate > 0 ? start + (long) (i * 1e9 / rate) : System.nanoTime();
                    if (!waitUntil(due) || System.nanoTime() > deadline) {
                        return;
                    }
                    int giver = schedule.get(i);
                    int status = send(http, kudos, phase.giverPrefix + giver, "r" + (i % 10), phase.requestPrefix + i);
                    latencies.record(System.nanoTime() - due);
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

    /** Sleeps until the scheduled moment; false when interrupted. */
    private static boolean waitUntil(long dueNanos) {
        long wait = dueNanos - System.nanoTime();
        if (wait <= 0) {
            return true;
        }
        try {
            TimeUnit.NANOSECONDS.sleep(wait);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
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
            long giversOverAllowance;
            try (ResultSet rs = statement.executeQuery("SELECT COUNT(*) FROM (SELECT \"GIVER_KEY\", \"WEEK\" FROM"
                    + " \"AO_439D1B_KUDOS\" GROUP BY \"GIVER_KEY\", \"WEEK\" HAVING COUNT(*) > " + ALLOWANCE
                    + ") over_allowance")) {
                rs.next();
                giversOverAllowance = rs.getLong(1);
            }
            return new Rows(rowsOf(statement, Phase.CEILING), rowsOf(statement, Phase.PACED), giversOverAllowance);
        }
    }

    private static long rowsOf(Statement statement, Phase phase) throws SQLException {
        try (ResultSet rs = statement.executeQuery("SELECT COUNT(*) FROM \"AO_439D1B_KUDOS\" WHERE"
                + " \"CLIENT_REQUEST_ID\" LIKE '" + phase.requestPrefix + "%'")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    static String report(
            Runs runs, Rows rows, int givers, int clients, String loadAverage, Statements statements, CpuTimes cpu) {
        long expectedRows = (long) givers * ALLOWANCE;
        boolean exact = rows.ceilingRows() == expectedRows
                && rows.pacedRows() == expectedRows
                && rows.giversOverAllowance() == 0;
        Result ceiling = runs.ceiling();
        Result paced = runs.paced();
        boolean met = ceiling.throughput() >= BAR_RATE
                && runs.rate() >= BAR_RATE
                && paced.throughput() >= 0.98 * runs.rate()
                && paced.latencies().percentileMillis(99) <= 100
                && ceiling.errors() == 0
                && paced.errors() == 0
                && exact;
        long requests = ceiling.latencies().count();
        return String.join(
                        "\n",
                        "# Give kudos: load runs against the standalone host on PostgreSQL (design.md section 6)",
                        "# bar: >= 300 requests/s at 50 concurrent clients, p99 <= 100 ms, no errors, allowance exact",
                        "# machine: " + Runtime.getRuntime().availableProcessors() + " cores, java "
                                + System.getProperty("java.version") + ", " + Instant.now(),
                        "# load average: " + loadAverage + " (1, 5, 15 min); the clients, the host and PostgreSQL"
                                + " share the cores",
                        String.format(
                                Locale.ROOT, "# command: bin/bench-load %d %d %.0f", givers, clients, runs.rate()),
                        "# each run: " + givers + " givers x " + ATTEMPTS_PER_GIVER + " attempts (allowance "
                                + ALLOWANCE + "), shuffled, " + clients + " clients, HTTP Basic, loopback; host and"
                                + " PostgreSQL on the same machine as the clients; its own givers, so both start with"
                                + " a full allowance",
                        "",
                        "## ceiling: closed loop, each client sends its next request as soon as it has the answer",
                        "## (throughput is the most these cores serve; mean latency is " + clients + " / throughput)",
                        lines(ceiling),
                        String.format(
                                Locale.ROOT,
                                "postgresql      %.2f statements and %.2f transactions a request (pg_stat_statements,"
                                        + " pg_stat_database; includes autocommit statements)",
                                statements.calls() / (double) requests,
                                statements.transactions() / (double) requests),
                        String.format(
                                Locale.ROOT,
                                "cpu ms          %.2f a request in this JVM (host and clients), %.2f in PostgreSQL"
                                        + " (CPU time, less disturbed than latency by other work on the machine)",
                                cpu.jvmMillis() / requests,
                                cpu.postgresMillis() / requests),
                        "most frequent statements:",
                        String.join("\n", statements.top()),
                        "",
                        String.format(
                                Locale.ROOT,
                                "## paced: %.0f requests/s offered on a fixed schedule by %d clients; latency from each"
                                        + " request's scheduled time",
                                runs.rate(),
                                clients),
                        "## (so a client held up by a slow answer counts the delay of the requests it sends late)",
                        lines(paced),
                        "",
                        "rows stored     " + rows.ceilingRows() + " (ceiling) and " + rows.pacedRows()
                                + " (paced), expected " + expectedRows + " each",
                        "givers over the allowance in a week: " + rows.giversOverAllowance(),
                        "bar met: " + (met ? "yes" : "NO")
                                + " (ceiling >= 300 requests/s; paced at 300 requests/s: p99 <= 100 ms; no errors;"
                                + " allowance exact)")
                + "\n";
    }

    private static String lines(Result result) {
        return String.join(
                "\n",
                String.format(
                        Locale.ROOT,
                        "requests        %d in %.1f s",
                        result.latencies().count(),
                        result.seconds()),
                String.format(Locale.ROOT, "throughput      %.0f requests/s", result.throughput()),
                String.format(
                        Locale.ROOT,
                        "latency ms      p50 %.1f  p95 %.1f  p99 %.1f  max %.1f",
                        result.latencies().percentileMillis(50),
                        result.latencies().percentileMillis(95),
                        result.latencies().percentileMillis(99),
                        result.latencies().percentileMillis(100)),
                "201 created     " + result.count(201),
                "409 allowance   " + result.count(409),
                "other (errors)  " + result.errors() + " " + result.statuses());
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

        long errors() {
            return requests() - count(201) - count(409);
        }

        double throughput() {
            return latencies.count() / seconds;
        }
    }

    record Runs(Result ceiling, Result paced, double rate) {}

    record Rows(long ceilingRows, long pacedRows, long giversOverAllowance) {}

    record Statements(long calls, long transactions, List<String> top) {}
}
