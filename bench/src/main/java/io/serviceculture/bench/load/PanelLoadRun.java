package io.serviceculture.bench.load;

import io.serviceculture.bench.data.CommandLine;
import io.serviceculture.bench.data.LoadAverage;
import io.serviceculture.bench.data.People;
import io.serviceculture.bench.data.ScaleDatabase;
import io.serviceculture.standalone.StandaloneHost;
import io.serviceculture.standalone.wiring.HostedPlugin;
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
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;

/**
 * The panel load run of issues #7 and #13, against the standalone host on the generated PostgreSQL
 * ({@code bin/generate-data}), in three parts:
 *
 * <ol>
 *   <li><b>each panel alone</b>: one client views pages with only that web panel enabled; its render time, and
 *       the scans of the app's tables each render caused (PostgreSQL's {@code pg_stat_user_tables}), so a missing
 *       index or a read per view shows as a number;
 *   <li><b>load</b>: 20 clients without think time view issue and profile pages with every panel on; each panel's
 *       render time (the host's panel listener: conditions, context and {@code getHtml}) and each page's server
 *       time, p50/p95/p99 (design.md section 6: p95 at most 30 ms);
 *   <li><b>overhead</b>: one client sends the same request (same page, same user) twice back to back, panels on
 *       and off in random order, for many pairs: what the panels add to the page's server time, with its 95 %
 *       interval, drift in the machine's load cancelled pair by pair (bar: 5 %).
 * </ol>
 *
 * <p>Usage: {@code PanelLoadRun [--db postgresql://…] [--pgdata DIR] [--folder DIR] [--clients 20] [--seconds 60]
 * [--warmup 20] [--alone 200] [--pairs 1000] [--result FILE]}.
 */
public final class PanelLoadRun {
    private static final String APP_TABLES = "ao\\_%";
    /** The line of the page alone: its time is the whole page's, its scans those every panel's line includes. */
    private static final String NO_PANEL = "(page without panels)";

    record Options(
            Optional<String> db,
            Path pgData,
            Path folder,
            int clients,
            int seconds,
            int warmupSeconds,
            int alone,
            int pairs,
            Path result) {
        static Options parse(String... args) {
            CommandLine line = CommandLine.parse(
                    args, List.of("--clients", "--seconds", "--warmup", "--alone", "--pairs"), List.of());
            return new Options(
                    line.db(),
                    line.pgData(),
                    line.folder(),
                    line.number("--clients", 20),
                    line.number("--seconds", 60),
                    line.number("--warmup", 20),
                    line.number("--alone", 200),
                    line.number("--pairs", 1000),
                    line.result("bench/results/panels-load.txt"));
        }

        String command() {
            return "bin/bench-panels"
                    + (pgData.equals(Path.of("data/scale/pg")) ? "" : " --pgdata " + pgData)
                    + (folder.equals(Path.of("data/scale/jira")) ? "" : " --folder " + folder)
                    + " --clients " + clients + " --seconds " + seconds + " --warmup " + warmupSeconds
                    + " --alone " + alone + " --pairs " + pairs;
        }
    }

    /** The two pages that carry the app's panels. */
    enum Page {
        ISSUE("issue page", HostedPlugin.ISSUE_PANELS),
        PROFILE("profile page", HostedPlugin.PROFILE_PANELS);

        final String label;
        final String location;

        Page(String label, String location) {
            this.label = label;
            this.location = location;
        }

        static Optional<Page> of(String path) {
            if (path.startsWith("/browse/")) {
                return Optional.of(ISSUE);
            }
            return path.startsWith("/secure/ViewProfile.jspa") ? Optional.of(PROFILE) : Optional.empty();
        }
    }

    /** The host and what there is to ask it for. */
    record Target(String base, List<String> issueKeys, int people) {
        HttpRequest request(Page page, Random random) {
            String viewer = People.name(random.nextInt(people));
            String uri = page == Page.ISSUE
                    ? base + "/browse/" + issueKeys.get(random.nextInt(issueKeys.size()))
                    : base + "/secure/ViewProfile.jspa?name=" + People.name(random.nextInt(people));
            return HttpRequest.newBuilder(URI.create(uri))
                    .timeout(Duration.ofSeconds(60))
                    .header(
                            "Authorization",
                            "Basic "
                                    + Base64.getEncoder()
                                            .encodeToString((viewer + ":" + viewer).getBytes(StandardCharsets.UTF_8)))
                    .GET()
                    .build();
        }
    }

    private PanelLoadRun() {}

    public static void main(String[] args) throws Exception {
        Options options = Options.parse(args);
        StringBuilder report = new StringBuilder();
        try (ScaleHost scale = ScaleHost.start(options.folder(), options.db(), options.pgData(), "panel-load")) {
            StandaloneHost host = scale.host();
            ScaleDatabase database = scale.database();
            Duration startup = scale.startup();
            List<String> issueKeys = scale.issueKeys();
            int people = scale.people();
            Target target = new Target(host.baseUri().toString(), issueKeys, people);
            header(report, options, startup, issueKeys.size(), people);
            System.out.print(report);
            HttpClient http = HttpClient.newBuilder()
                    .version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(10))
                    .build();
            String alone = alone(host, target, http, database.dataSource(), options.alone());
            System.out.print(alone);
            report.append(alone);
            String load = load(host, target, options);
            System.out.print(load);
            report.append(load);
            String overhead = overhead(host, target, http, options.pairs());
            System.out.print(overhead);
            report.append(overhead);
            host.plugin().setWebPanelsEnabled(true);
        }
        Files.createDirectories(options.result().toAbsolutePath().getParent());
        Files.writeString(options.result(), report.toString(), StandardCharsets.UTF_8);
    }

    private static void header(StringBuilder out, Options options, Duration startup, int issues, int people) {
        out.append("# Panel load run (issues #7 and #13) against the standalone host on the generated PostgreSQL\n");
        out.append(String.format(
                Locale.ROOT,
                "# machine: %d cores, java %s, max heap %d MB, %s, load average at start %s%n",
                Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"),
                Runtime.getRuntime().maxMemory() / (1024 * 1024),
                Instant.now(),
                LoadAverage.read()));
        out.append("# command: ").append(options.command()).append('\n');
        out.append(String.format(
                Locale.ROOT,
                "# data: %d people, %d issues imported (host start %.0f s), kudos etc. in PostgreSQL%n",
                people,
                issues,
                startup.toMillis() / 1000.0));
        out.append("# panel time = the host's panel listener (conditions, context provider, getHtml); page time ="
                + " the host's timing filter (first filter to the servlet's return); clients on loopback\n");
        out.append("# the clients, the host and PostgreSQL share this machine's cores with other engineers' builds:"
                + " the load average is recorded with each part\n");
    }

    /** Each panel alone: its render time with one client, and the app-table scans one render causes. */
    static String alone(StandaloneHost host, Target target, HttpClient http, DataSource pg, int renders)
            throws Exception {
        StringBuilder out = new StringBuilder();
        out.append(String.format(
                Locale.ROOT,
                "%n## Each panel alone: %d renders each, 1 client, load average %s; the page without panels gives"
                        + " the whole page's server time and the scans every panel's line includes%n",
                renders,
                LoadAverage.read()));
        out.append(String.format(
                Locale.ROOT,
                "%-30s %-13s %8s %8s %8s   %s%n",
                "panel",
                "page",
                "mean ms",
                "p95 ms",
                "p99 ms",
                "app-table scans per render (index / sequential, rows read sequentially)"));
        for (Page page : Page.values()) {
            List<String> keys = new ArrayList<>();
            // first the page without any panel: its own scans are in every panel's line below
            keys.add(NO_PANEL);
            keys.addAll(host.plugin().panelKeys(page.location));
            for (String key : keys) {
                host.plugin().setWebPanelsEnabled(key::equals);
                LatencyRecorder times = new LatencyRecorder();
                Random random = new Random(key.hashCode());
                for (int i = 0; i < Math.max(10, renders / 10); i++) {
                    send(http, target.request(page, random));
                }
                Map<String, long[]> before = scans(pg);
                if (key.equals(NO_PANEL)) {
                    host.serverTiming().listen((method, path, status, nanos) -> times.record(nanos));
                } else {
                    host.plugin().listenToPanels((panel, nanos) -> times.record(nanos));
                }
                for (int i = 0; i < renders; i++) {
                    send(http, target.request(page, random));
                }
                host.plugin().listenToPanels(null);
                host.serverTiming().listen(null);
                Map<String, long[]> after = scans(pg);
                out.append(String.format(
                        Locale.ROOT,
                        "%-30s %-13s %8.2f %8.2f %8.2f   %s%n",
                        key,
                        page.label,
                        times.meanMillis(),
                        times.percentileMillis(95),
                        times.percentileMillis(99),
                        scanDelta(before, after, renders)));
            }
        }
        host.plugin().setWebPanelsEnabled(true);
        return out.toString();
    }

    /** Index and sequential scans of each app table, with the rows the sequential ones read. */
    private static Map<String, long[]> scans(DataSource pg) throws SQLException, InterruptedException {
        // PostgreSQL reports a backend's counters at most twice a second: wait for the last render's to arrive
        Thread.sleep(1200);
        Map<String, long[]> scans = new TreeMap<>();
        try (Connection c = pg.getConnection();
                Statement s = c.createStatement()) {
            s.execute("SELECT pg_stat_clear_snapshot()");
            try (ResultSet r = s.executeQuery("SELECT relname, COALESCE(idx_scan, 0), seq_scan, seq_tup_read"
                    + " FROM pg_stat_user_tables WHERE relname ILIKE '" + APP_TABLES + "'"
                    + " OR relname ILIKE 'host\\_plugin\\_settings'")) {
                while (r.next()) {
                    scans.put(r.getString(1), new long[] {r.getLong(2), r.getLong(3), r.getLong(4)});
                }
            }
        }
        return scans;
    }

    static String scanDelta(Map<String, long[]> before, Map<String, long[]> after, int renders) {
        List<String> parts = new ArrayList<>();
        after.forEach((table, now) -> {
            long[] then = before.getOrDefault(table, new long[3]);
            double index = (now[0] - then[0]) / (double) renders;
            double sequential = (now[1] - then[1]) / (double) renders;
            double rows = (now[2] - then[2]) / (double) renders;
            if (index >= 0.05 || sequential >= 0.05) {
                String name = table.toUpperCase(Locale.ROOT).replaceFirst("^AO_[0-9A-F]{6}_", "");
                parts.add(String.format(Locale.ROOT, "%s %.1f/%.1f", name, index, sequential)
                        + (rows >= 1 ? String.format(Locale.ROOT, " (%.0f rows)", rows) : ""));
            }
        });
        return parts.isEmpty() ? "none" : String.join(", ", parts);
    }

    /** Every panel on, {@code clients} clients without think time, issue and profile pages half and half. */
    static String load(StandaloneHost host, Target target, Options options) throws InterruptedException {
        host.plugin().setWebPanelsEnabled(true);
        drive(target, options.clients(), options.warmupSeconds());
        Map<String, LatencyRecorder> panels = new ConcurrentHashMap<>();
        Map<Page, LatencyRecorder> pages = new ConcurrentHashMap<>();
        host.plugin().listenToPanels((key, nanos) -> panels.computeIfAbsent(key, k -> new LatencyRecorder())
                .record(nanos));
        host.serverTiming().listen((method, path, status, nanos) -> Page.of(path)
                .ifPresent(page ->
                        pages.computeIfAbsent(page, p -> new LatencyRecorder()).record(nanos)));
        String load = LoadAverage.read();
        double seconds = drive(target, options.clients(), options.seconds());
        String loadAfter = LoadAverage.read();
        host.plugin().listenToPanels(null);
        host.serverTiming().listen(null);
        StringBuilder out = new StringBuilder();
        out.append(String.format(
                Locale.ROOT,
                "%n## Load: %d clients, no think time, every panel on, %.0f s; load average %s at start, %s at end%n",
                options.clients(),
                seconds,
                load,
                loadAfter));
        out.append(String.format(
                Locale.ROOT,
                "%-30s %9s %8s %8s %8s %8s  %s%n",
                "panel or page",
                "renders",
                "mean ms",
                "p50 ms",
                "p95 ms",
                "p99 ms",
                "bar p95 <= 30 ms"));
        new TreeMap<>(panels)
                .forEach((key, times) ->
                        out.append(line(key, times, times.percentileMillis(95) <= 30 ? "met" : "NOT met")));
        for (Page page : Page.values()) {
            LatencyRecorder times = pages.getOrDefault(page, new LatencyRecorder());
            out.append(line(page.label + " (whole page)", times, ""));
        }
        return out.toString();
    }

    private static String line(String name, LatencyRecorder times, String verdict) {
        return String.format(
                Locale.ROOT,
                "%-30s %9d %8.2f %8.2f %8.2f %8.2f  %s%n",
                name,
                times.count(),
                times.meanMillis(),
                times.percentileMillis(50),
                times.percentileMillis(95),
                times.percentileMillis(99),
                verdict);
    }

    /** Closed loop: each client sends its next page as soon as the last one came back. */
    static double drive(Target target, int clients, int seconds) throws InterruptedException {
        if (seconds <= 0) {
            return 0;
        }
        HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
        long start = System.nanoTime();
        long deadline = start + TimeUnit.SECONDS.toNanos(seconds);
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        for (int c = 0; c < clients; c++) {
            int client = c;
            pool.execute(() -> {
                Random random = new Random(7919L * client + seconds);
                while (System.nanoTime() < deadline && !Thread.currentThread().isInterrupted()) {
                    Page page = random.nextBoolean() ? Page.ISSUE : Page.PROFILE;
                    send(http, target.request(page, random));
                }
            });
        }
        pool.shutdown();
        if (!pool.awaitTermination(seconds + 120L, TimeUnit.SECONDS)) {
            pool.shutdownNow();
        }
        return (System.nanoTime() - start) / 1e9;
    }

    /**
     * Pairs of the same request, panels on and off back to back in random order, one client: the panels' share of
     * the page's server time, drift cancelled pair by pair.
     */
    static String overhead(StandaloneHost host, Target target, HttpClient http, int pairs) throws InterruptedException {
        BlockingQueue<Long> served = new LinkedBlockingQueue<>();
        host.serverTiming().listen((method, path, status, nanos) -> {
            if (Page.of(path).isPresent()) {
                served.add(nanos);
            }
        });
        Random random = new Random(20261123);
        String load = LoadAverage.read();
        StringBuilder out = new StringBuilder();
        Map<Page, long[][]> times = new TreeMap<>();
        // a short warm-up of both variants, not recorded
        int warmup = Math.max(20, pairs / 10);
        for (Page page : Page.values()) {
            long[] on = new long[pairs];
            long[] off = new long[pairs];
            for (int i = -warmup; i < pairs; i++) {
                HttpRequest request = target.request(page, random);
                boolean onFirst = random.nextBoolean();
                long first = timed(host, http, request, onFirst, served);
                long second = timed(host, http, request, !onFirst, served);
                if (i >= 0) {
                    on[i] = onFirst ? first : second;
                    off[i] = onFirst ? second : first;
                }
            }
            times.put(page, new long[][] {on, off});
        }
        host.serverTiming().listen(null);
        host.plugin().setWebPanelsEnabled(true);
        out.append(String.format(
                Locale.ROOT,
                "%n## What the panels add to a page's server time: %d pairs per page (same request with the panels"
                        + " and without, back to back, random order), 1 client; load average %s at start, %s at"
                        + " end (bar 5 %%)%n",
                pairs,
                load,
                LoadAverage.read()));
        out.append(String.format(
                Locale.ROOT,
                "%-13s %12s %12s %16s %18s %14s  %s%n",
                "page",
                "off mean ms",
                "on mean ms",
                "added mean ms",
                "added median ms",
                "added median %",
                "bar <= 5 %"));
        times.forEach((page, onOff) -> {
            PairedOverhead overhead = new PairedOverhead(onOff[0], onOff[1]);
            out.append(String.format(
                    Locale.ROOT,
                    "%-13s %12.2f %12.2f %9.2f ± %4.2f %18.2f %14.1f  %s%n",
                    page.label,
                    overhead.means().offMeanMillis(),
                    overhead.means().onMeanMillis(),
                    overhead.means().addedMillis(),
                    overhead.confidenceMillis(),
                    overhead.medianAddedMillis(),
                    overhead.medianAddedPercent(),
                    overhead.medianAddedPercent() <= 5 ? "met" : "NOT met"));
        });
        return out.toString();
    }

    private static long timed(
            StandaloneHost host, HttpClient http, HttpRequest request, boolean panels, BlockingQueue<Long> served)
            throws InterruptedException {
        host.plugin().setWebPanelsEnabled(panels);
        served.clear();
        int status = send(http, request);
        if (status != 200) {
            throw new IllegalStateException(request.uri() + " answered " + status);
        }
        // the filter reports once the servlet has returned, which may be just after the client has the page
        Long nanos = served.poll(10, TimeUnit.SECONDS);
        if (nanos == null) {
            throw new IllegalStateException("no server time for " + request.uri());
        }
        return nanos;
    }

    private static int send(HttpClient http, HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }
}
