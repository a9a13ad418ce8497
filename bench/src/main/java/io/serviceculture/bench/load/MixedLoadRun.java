package io.serviceculture.bench.load;

import io.serviceculture.bench.data.CommandLine;
import io.serviceculture.bench.data.LoadAverage;
import io.serviceculture.bench.data.People;
import io.serviceculture.standalone.StandaloneHost;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;

/**
 * The mixed load run of issue #13: the standalone host on the generated PostgreSQL ({@code bin/generate-data}),
 * virtual users over loopback HTTP with Basic auth and think time, each doing a realistic mix: view a person's
 * profile and an issue (both with the app's web panels), give kudos, read the recognition feed, view the
 * accountability matrix, and (HR members) a small filtered HR export. Each level of users runs twice: with the
 * app's web panels, then with the app's web-panel modules disabled as Jira disables an app's modules, so the
 * panels' share of the page server time can be computed. Server time comes from the host's own timing filter
 * (from the first filter to the servlet's return), not from the client, so client queueing does not count.
 *
 * <p>Usage: {@code MixedLoadRun [--db postgresql://…] [--pgdata DIR] [--folder DIR] [--users 50,100,200]
 * [--seconds 60] [--warmup 20] [--think-ms 1000] [--result FILE]}.
 */
public final class MixedLoadRun {
    static final String REST = "/rest/service-culture/1.0";

    /** What a virtual user does, and how often (weights out of 100). */
    enum Operation {
        PROFILE(24, "view a profile (page)"),
        ISSUE(34, "view an issue (page)"),
        GIVE_KUDOS(10, "give kudos"),
        FEED(18, "recognition feed"),
        MATRIX(10, "accountability matrix"),
        HR_EXPORT(4, "HR export, 1 team x 1 week (CSV)");

        final int weight;
        final String label;

        Operation(int weight, String label) {
            this.weight = weight;
            this.label = label;
        }

        boolean isPage() {
            return this == PROFILE || this == ISSUE;
        }

        static Operation pick(Random random) {
            int roll = random.nextInt(100);
            for (Operation operation : values()) {
                roll -= operation.weight;
                if (roll < 0) {
                    return operation;
                }
            }
            return FEED;
        }
    }

    record Options(
            Optional<String> db,
            Path pgData,
            Path folder,
            List<Integer> users,
            int seconds,
            int warmupSeconds,
            int thinkMillis,
            Path result) {
        static Options parse(String... args) {
            CommandLine line =
                    CommandLine.parse(args, List.of("--users", "--seconds", "--warmup", "--think-ms"), List.of());
            return new Options(
                    line.db(),
                    line.pgData(),
                    line.folder(),
                    line.numbers("--users", List.of(50, 100, 200)),
                    line.number("--seconds", 60),
                    line.number("--warmup", 20),
                    line.number("--think-ms", 1000),
                    line.result("bench/results/mixed-load.txt"));
        }
    }

    /** One operation's figures in one run. */
    static final class Stats {
        final LatencyRecorder client = new LatencyRecorder();
        final LatencyRecorder server = new LatencyRecorder();
        final LongAdder errors = new LongAdder();
        final LongAdder refused = new LongAdder();
        final Map<Integer, LongAdder> statuses = new java.util.concurrent.ConcurrentHashMap<>();
    }

    /** One run: a number of users, panels on or off. */
    record Run(int users, boolean panels, double seconds, String loadAverage, Map<Operation, Stats> stats) {}

    private MixedLoadRun() {}

    public static void main(String[] args) throws Exception {
        Options options = Options.parse(args);
        try (ScaleHost scale = ScaleHost.start(options.folder(), options.db(), options.pgData(), "mixed-load")) {
            StandaloneHost host = scale.host();
            Duration startup = scale.startup();
            List<String> issueKeys = scale.issueKeys();
            int people = scale.people();
            AtomicReference<Map<Operation, Stats>> current = new AtomicReference<>(Map.of());
            host.serverTiming().listen((method, path, status, nanos) -> {
                Operation page = path.startsWith("/browse/")
                        ? Operation.ISSUE
                        : path.startsWith("/secure/ViewProfile.jspa") ? Operation.PROFILE : null;
                Stats stats = page == null ? null : current.get().get(page);
                if (stats != null) {
                    stats.server.record(nanos);
                }
            });
            int teams = (int) host.directory().groups().stream()
                    .filter(g -> g.startsWith("team-"))
                    .count();
            Target target = new Target(host.baseUri().toString(), issueKeys, people, teams);
            List<Run> runs = new ArrayList<>();
            for (int users : options.users()) {
                for (boolean panels : List.of(true, false)) {
                    host.plugin().setWebPanelsEnabled(panels);
                    current.set(Map.of());
                    drive(target, users, options.warmupSeconds(), options.thinkMillis(), newStats());
                    Map<Operation, Stats> stats = newStats();
                    current.set(stats);
                    String load = LoadAverage.read();
                    double seconds = drive(target, users, options.seconds(), options.thinkMillis(), stats);
                    current.set(Map.of());
                    Run run = new Run(users, panels, seconds, load, stats);
                    runs.add(run);
                    System.out.print(runReport(run));
                }
            }
            host.plugin().setWebPanelsEnabled(true);
            String report = report(options, startup, issueKeys.size(), people, runs);
            System.out.println(report);
            Files.createDirectories(options.result().toAbsolutePath().getParent());
            Files.writeString(options.result(), report, StandardCharsets.UTF_8);
        }
    }

    private static Map<Operation, Stats> newStats() {
        Map<Operation, Stats> stats = new EnumMap<>(Operation.class);
        for (Operation operation : Operation.values()) {
            stats.put(operation, new Stats());
        }
        return stats;
    }

    /** The host and what there is to ask it for. */
    record Target(String base, List<String> issueKeys, int people, int teams) {}

    /** Runs {@code users} virtual users for {@code seconds}; returns the seconds it took. */
    static double drive(Target target, int users, int seconds, int thinkMillis, Map<Operation, Stats> stats)
            throws InterruptedException {
        if (seconds <= 0) {
            return 0;
        }
        HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
        long start = System.nanoTime();
        long deadline = start + TimeUnit.SECONDS.toNanos(seconds);
        AtomicLong requestIds = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(users);
        for (int v = 0; v < users; v++) {
            int vu = v;
            pool.execute(() -> {
                Random random = new Random(31L * users + vu);
                String me = People.name(random.nextInt(target.people()));
                String hr = People.hrName(vu % People.HR_MEMBERS);
                // users start spread over one think time, not all at once
                sleep((long) (random.nextDouble() * thinkMillis));
                while (System.nanoTime() < deadline) {
                    Operation operation = Operation.pick(random);
                    HttpRequest request = request(target, operation, random, me, hr, requestIds);
                    Stats s = stats.get(operation);
                    long sent = System.nanoTime();
                    int status;
                    try {
                        status = http.send(request, HttpResponse.BodyHandlers.discarding())
                                .statusCode();
                    } catch (IOException e) {
                        status = -1;
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                    s.client.record(System.nanoTime() - sent);
                    s.statuses.computeIfAbsent(status, k -> new LongAdder()).increment();
                    if (operation == Operation.GIVE_KUDOS && status == 409) {
                        s.refused.increment();
                    } else if (status < 200 || status >= 300) {
                        s.errors.increment();
                    }
                    // think time: exponential around the mean, capped at five means
                    double think = -Math.log(1 - random.nextDouble()) * thinkMillis;
                    sleep((long) Math.min(think, 5.0 * thinkMillis));
                }
            });
        }
        pool.shutdown();
        if (!pool.awaitTermination(seconds + 120L, TimeUnit.SECONDS)) {
            pool.shutdownNow();
        }
        return (System.nanoTime() - start) / 1e9;
    }

    static HttpRequest request(
            Target target, Operation operation, Random random, String me, String hr, AtomicLong requestIds) {
        String rest = target.base() + REST;
        String someone = People.name(random.nextInt(target.people()));
        switch (operation) {
            case PROFILE:
                return get(target.base() + "/secure/ViewProfile.jspa?name=" + someone, me);
            case ISSUE:
                return get(
                        target.base() + "/browse/"
                                + target.issueKeys()
                                        .get(random.nextInt(target.issueKeys().size())),
                        me);
            case GIVE_KUDOS:
                if (someone.equals(me)) {
                    someone = People.name((random.nextInt(target.people() - 1) + 1 + Integer.parseInt(me.substring(1)))
                            % target.people());
                }
                String body = "{\"receivers\":[\"" + someone + "\"],\"value\":\"client-first\",\"message\":"
                        + "\"Thanks for the quick answer today.\",\"requestId\":\"mixed-" + me + "-"
                        + requestIds.incrementAndGet() + "\"}";
                return HttpRequest.newBuilder(URI.create(rest + "/kudos"))
                        .timeout(Duration.ofSeconds(60))
                        .header("Authorization", basic(me))
                        .header("Content-Type", "application/json")
                        .header("Accept", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build();
            case FEED:
                int kind = random.nextInt(3);
                String filter = kind == 0
                        ? ""
                        // the feed's team filter is the viewer's own team ("my team"), as design.md lists it
                        : kind == 1 ? "&team=mine" : "&value=own-it";
                return get(rest + "/kudos?limit=20" + filter, me);
            case MATRIX:
                return get(rest + "/accountability/matrix?from=2026-08-01&to=2026-10-31", me);
            case HR_EXPORT:
                return get(
                        rest + "/reports/kudos/export/detail.csv?from=2026-11-02&to=2026-11-08&team="
                                + People.teamName(random.nextInt(target.teams())),
                        hr);
            default:
                throw new IllegalArgumentException(operation.name());
        }
    }

    private static HttpRequest get(String uri, String user) {
        return HttpRequest.newBuilder(URI.create(uri))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", basic(user))
                .GET()
                .build();
    }

    private static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8));
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static String runReport(Run run) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(
                Locale.ROOT,
                "%n## %d virtual users, app panels %s: %.0f s, load average %s%n",
                run.users(),
                run.panels() ? "ON" : "OFF",
                run.seconds(),
                run.loadAverage()));
        out.append(String.format(
                Locale.ROOT,
                "%-34s %8s %7s %8s %8s %8s %7s %8s %14s%n",
                "operation",
                "requests",
                "req/s",
                "p50 ms",
                "p95 ms",
                "p99 ms",
                "errors",
                "refused",
                "server mean/p95"));
        for (Operation operation : Operation.values()) {
            Stats s = run.stats().get(operation);
            String server = operation.isPage()
                    ? String.format(Locale.ROOT, "%.1f/%.1f", s.server.meanMillis(), s.server.percentileMillis(95))
                    : "-";
            out.append(String.format(
                    Locale.ROOT,
                    "%-34s %8d %7.1f %8.1f %8.1f %8.1f %7d %8d %14s%n",
                    operation.label,
                    s.client.count(),
                    s.client.count() / Math.max(0.001, run.seconds()),
                    s.client.percentileMillis(50),
                    s.client.percentileMillis(95),
                    s.client.percentileMillis(99),
                    s.errors.sum(),
                    s.refused.sum(),
                    server));
        }
        Map<Integer, Long> statuses = new java.util.TreeMap<>();
        run.stats().values().forEach(s -> s.statuses.forEach((k, v) -> statuses.merge(k, v.sum(), Long::sum)));
        out.append("statuses ").append(statuses).append('\n');
        return out.toString();
    }

    static String report(Options options, Duration startup, int issues, int people, List<Run> runs) {
        StringBuilder out = new StringBuilder();
        out.append("# Mixed load against the standalone host on the generated PostgreSQL (issue #13)\n");
        out.append(String.format(
                Locale.ROOT,
                "# machine: %d cores, java %s, max heap %d MB, %s%n",
                Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"),
                Runtime.getRuntime().maxMemory() / (1024 * 1024),
                Instant.now()));
        out.append("# command: bin/bench-mixed --users ")
                .append(String.join(
                        ",", options.users().stream().map(String::valueOf).toList()))
                .append(" --seconds ")
                .append(options.seconds())
                .append(" --warmup ")
                .append(options.warmupSeconds())
                .append(" --think-ms ")
                .append(options.thinkMillis())
                .append('\n');
        out.append(String.format(
                Locale.ROOT,
                "# data: %d people, %d issues imported (host start %.0f s), kudos etc. in PostgreSQL"
                        + " (bench/results/scale-data.txt)%n",
                people,
                issues,
                startup.toMillis() / 1000.0));
        out.append("# the clients, the host and PostgreSQL share this machine's 2 cores with other engineers' builds:"
                + " figures are noisy; the load average is recorded with each run\n");
        out.append("# mix (weights): ");
        for (Operation operation : Operation.values()) {
            out.append(operation.label).append(' ').append(operation.weight).append("; ");
        }
        out.append("think time exponential, mean ")
                .append(options.thinkMillis())
                .append(" ms; latency = client, loopback; server = host's timing filter\n");
        out.append("# refused = 409 for the weekly kudos allowance (the app's rule, not an error)\n");
        runs.forEach(run -> out.append(runReport(run)));
        out.append("\n## What the app's panels add to a page's server time (mean, panels on vs off; bar 5 %)\n");
        for (int i = 0; i + 1 < runs.size(); i += 2) {
            Run on = runs.get(i);
            Run off = runs.get(i + 1);
            for (Operation page : List.of(Operation.PROFILE, Operation.ISSUE)) {
                PanelOverhead overhead = new PanelOverhead(
                        on.stats().get(page).server.meanMillis(),
                        off.stats().get(page).server.meanMillis());
                out.append(String.format(
                        Locale.ROOT,
                        "%3d users  %-22s on %7.2f ms  off %7.2f ms  added %+7.2f ms = %+7.1f %%  %s%n",
                        on.users(),
                        page.label,
                        overhead.onMeanMillis(),
                        overhead.offMeanMillis(),
                        overhead.addedMillis(),
                        overhead.addedPercent(),
                        overhead.withinPercent(5) ? "within 5 %" : "OVER 5 %"));
            }
        }
        return out.toString();
    }
}
