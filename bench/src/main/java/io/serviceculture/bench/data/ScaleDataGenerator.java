package io.serviceculture.bench.data;

import io.serviceculture.standalone.HostOptions;
import io.serviceculture.standalone.StandaloneHost;
import io.serviceculture.standalone.cluster.HostCacheManager;
import io.serviceculture.standalone.services.HostPluginSettingsFactory;
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
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;
import javax.sql.DataSource;

/**
 * Fills a PostgreSQL database for the standalone host with the scale data set of issue #13, deterministically
 * from a seed: the Jira side as the host's import folder, the app's side in its own tables.
 *
 * <ol>
 *   <li>writes the import folder (20k users, 200 teams, 20 projects, 100k issues with about 1M history items);
 *   <li>starts the host on the database once without data, so the app creates its schema (Active Objects) and
 *       the host its settings table, as a fresh install would;
 *   <li>COPYs membership periods, team leads, reporting lines, 1M kudos with receivers, reactions and
 *       moderation into the app's tables, and marks the teams and the HR group in the host's settings table;
 *   <li>starts the host on the data and, as the admin over REST, adds two calendars and three standards matched to
 *       the issues' projects and priorities, then rebuilds the accountability facts from the 100k histories;
 *   <li>ANALYZEs, and reports rows and rows per second.
 * </ol>
 *
 * <p>A database that already holds the app's tables is refused, unless {@code --truncate} is given, which drops
 * every table in the {@code public} schema first. Usage: {@code ScaleDataGenerator [--db postgresql://…]
 * [--pgdata DIR] [--folder DIR] [--divide N] [--truncate] [--rebuild-minutes N] [--result FILE]}.
 */
public final class ScaleDataGenerator {
    static final String REST = "/rest/service-culture/1.0";

    private ScaleDataGenerator() {}

    /** Where things go, from the command line. */
    record Options(
            Optional<String> db,
            Path pgData,
            Path folder,
            int divide,
            boolean truncate,
            Duration rebuildLimit,
            Path result) {
        static Options parse(String... args) {
            CommandLine line = CommandLine.parse(args, List.of("--divide", "--rebuild-minutes"), List.of("--truncate"));
            return new Options(
                    line.db(),
                    line.pgData(),
                    line.folder(),
                    line.number("--divide", 1),
                    line.flag("--truncate"),
                    Duration.ofMinutes(line.number("--rebuild-minutes", 30)),
                    line.result("bench/results/scale-data.txt"));
        }
    }

    public static void main(String[] args) throws Exception {
        Options options = Options.parse(args);
        ScaleSpec spec = options.divide() == 1 ? ScaleSpec.full() : ScaleSpec.divided(options.divide());
        try (ScaleDatabase database = ScaleDatabase.open(options.db(), options.pgData())) {
            Report report = generate(spec, database, options.folder(), options.truncate(), options.rebuildLimit());
            String text = report.text(options);
            System.out.println(text);
            Files.createDirectories(options.result().toAbsolutePath().getParent());
            Files.writeString(options.result(), text, StandardCharsets.UTF_8);
        }
    }

    /** One step's rows and time. */
    record Step(String name, long rows, Duration took) {
        double rowsPerSecond() {
            return rows * 1000.0 / Math.max(1, took.toMillis());
        }
    }

    /** What was generated, step by step. */
    record Report(
            ScaleSpec spec,
            JiraFolder.Issues issues,
            AppRows.Counts directory,
            AppRows.Counts kudos,
            List<Step> steps,
            String rebuild) {
        Duration total() {
            return steps.stream().map(Step::took).reduce(Duration.ZERO, Duration::plus);
        }

        String text(Options options) {
            StringBuilder out = new StringBuilder();
            out.append("# Scale data set (issue #13): generated into PostgreSQL for the standalone host\n");
            out.append(String.format(
                    Locale.ROOT,
                    "# machine: %d cores, java %s, %s, load average %s%n",
                    Runtime.getRuntime().availableProcessors(),
                    System.getProperty("java.version"),
                    Instant.now(),
                    LoadAverage.read()));
            out.append("# command: bin/generate-data")
                    .append(options.divide() == 1 ? "" : " --divide " + options.divide())
                    .append(" --truncate --rebuild-minutes ")
                    .append(options.rebuildLimit().toMinutes())
                    .append('\n');
            out.append("# the machine is shared (2 cores, other engineers building): times are noisy upper bounds\n");
            out.append(String.format(
                    Locale.ROOT,
                    "spec           %d users (+ admin, %d HR), %d teams, %d projects, %d issues, %d kudos, seed %d%n",
                    spec.users(),
                    People.HR_MEMBERS,
                    spec.teams(),
                    spec.projects(),
                    spec.issues(),
                    spec.kudos(),
                    spec.seed()));
            out.append(String.format(
                    Locale.ROOT,
                    "issues         %d, %d changelog items + %d comments = %d history items (%.1f an issue)%n",
                    issues.size(),
                    issues.historyItems(),
                    issues.comments(),
                    issues.historyAndComments(),
                    issues.historyAndComments() / (double) issues.size()));
            out.append(String.format(
                    Locale.ROOT,
                    "directory      %d membership periods, %d team leads, %d reporting lines%n",
                    directory.memberships(),
                    directory.leads(),
                    directory.managers()));
            out.append(String.format(
                    Locale.ROOT,
                    "kudos          %d kudos, %d receivers, %d reactions, %d hidden%n",
                    kudos.kudos(),
                    kudos.receivers(),
                    kudos.reactions(),
                    kudos.hidden()));
            out.append("accountability ").append(rebuild).append('\n');
            for (Step step : steps) {
                out.append(String.format(
                        Locale.ROOT,
                        "step %-38s %9d rows %7.1f s %9.0f rows/s%n",
                        step.name(),
                        step.rows(),
                        step.took().toMillis() / 1000.0,
                        step.rowsPerSecond()));
            }
            out.append(String.format(Locale.ROOT, "total          %.1f s%n", total().toMillis() / 1000.0));
            return out.toString();
        }
    }

    /**
     * @param rebuildLimit how long the app may rebuild its accountability facts; beyond it the issues not yet
     *     analysed have none
     */
    public static Report generate(
            ScaleSpec spec, ScaleDatabase database, Path folder, boolean truncate, Duration rebuildLimit)
            throws Exception {
        List<Step> steps = new ArrayList<>();
        People people = new People(spec);
        DataSource dataSource = database.dataSource();

        long started = System.nanoTime();
        prepareEmpty(dataSource, truncate);
        deleteFolder(folder);
        JiraFolder.Issues issues = new JiraFolder(people).write(folder);
        steps.add(step("import folder (users, issues JSON)", issues.historyAndComments() + issues.size(), started));

        started = System.nanoTime();
        Path work = Files.createTempDirectory("scale-host");
        HostOptions bare = HostOptions.defaults().withPort(0).withDataDir(work).withDatabase(database.url());
        // the app creates its tables as it starts: nothing else to do on this start
        StandaloneHost.start(bare).close();
        steps.add(step("schema (host start without data)", 0, started));

        started = System.nanoTime();
        AppRows rows = new AppRows(people, issues);
        PostgresCopy copy = new PostgresCopy(dataSource, ZoneId.systemDefault());
        AppRows.Counts directory = rows.writeDirectory(copy);
        markTeams(dataSource, spec);
        steps.add(step("COPY directory", directory.total(), started));

        started = System.nanoTime();
        AppRows.Counts kudos = rows.writeKudos(copy);
        resetSequences(dataSource);
        steps.add(step("COPY kudos, receivers, reactions", kudos.total(), started));

        String rebuild;
        started = System.nanoTime();
        HostOptions full = bare.withImport(folder);
        try (StandaloneHost host = StandaloneHost.start(full)) {
            steps.add(step("host start importing the folder", issues.size(), started));
            started = System.nanoTime();
            Admin admin = new Admin(host.baseUri() + REST);
            addStandards(admin, spec);
            steps.add(step("calendars and standards (REST)", 5, started));
            started = System.nanoTime();
            rebuild = admin.rebuildAccountability(rebuildLimit);
            steps.add(step("accountability rebuild (REST)", analysed(rebuild), started));
        }

        started = System.nanoTime();
        analyze(dataSource);
        steps.add(step("ANALYZE", 0, started));
        return new Report(spec, issues, directory, kudos, steps, rebuild);
    }

    /** The issues a rebuild status says are done, from {@code "done":N}. */
    static long analysed(String rebuildStatus) {
        java.util.regex.Matcher done =
                java.util.regex.Pattern.compile("\"done\":(\\d+)").matcher(rebuildStatus);
        return done.find() ? Long.parseLong(done.group(1)) : 0;
    }

    private static Step step(String name, long rows, long startedNanos) {
        Step step = new Step(name, rows, Duration.ofNanos(System.nanoTime() - startedNanos));
        System.out.printf(
                Locale.ROOT, "%s: %d rows in %.1f s%n", name, rows, step.took().toMillis() / 1000.0);
        return step;
    }

    /** Refuses a database that holds tables, or drops them all with {@code truncate}. */
    static void prepareEmpty(DataSource dataSource, boolean truncate) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery(
                    "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            if (tables.isEmpty()) {
                return;
            }
            if (!truncate) {
                throw new IllegalStateException("the database already holds " + tables.size() + " tables (e.g. "
                        + tables.get(0) + "); give --truncate to drop them and generate again");
            }
            for (String table : tables) {
                statement.execute("DROP TABLE \"" + table.replace("\"", "\"\"") + "\" CASCADE");
            }
        }
    }

    private static void deleteFolder(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (var files = Files.walk(folder)) {
            for (Path path :
                    files.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
                Files.delete(path);
            }
        }
    }

    /** The teams and the HR group, in the host's settings table, where the app keeps them (PeopleSettings). */
    static void markTeams(DataSource dataSource, ScaleSpec spec) {
        TreeSet<String> teams = new TreeSet<>();
        for (int t = 0; t < spec.teams(); t++) {
            teams.add(People.teamName(t));
        }
        try (HostCacheManager caches = new HostCacheManager(dataSource)) {
            var settings = new HostPluginSettingsFactory(dataSource, caches).createGlobalSettings();
            settings.put("io.serviceculture.jira.people.teams", String.join("\n", teams));
            settings.put("io.serviceculture.jira.people.hr-group", People.HR_GROUP);
        }
    }

    /** COPY wrote the ids itself: the sequences Active Objects inserts with must start after them. */
    static void resetSequences(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            for (String table :
                    List.of("TEAM_MEMBER", "TEAM_LEAD", "MANAGER", "KUDOS", "KUDOS_RCV", "KUDOS_REACT", "KUDOS_MOD")) {
                String name = PostgresCopy.table(table);
                statement.execute("SELECT setval(pg_get_serial_sequence('" + name + "', 'ID'),"
                        + " COALESCE((SELECT MAX(\"ID\") FROM " + name + "), 0) + 1, false)");
            }
        }
    }

    static void analyze(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("ANALYZE");
        }
    }

    /**
     * Business hours and round the clock; first response within 4 working hours on every project, resolution
     * within 5 days (paused while waiting for the client), and a tighter response for High and Highest.
     */
    static void addStandards(Admin admin, ScaleSpec spec) throws IOException, InterruptedException {
        String week = "\"MONDAY\":[\"08:00-18:00\"],\"TUESDAY\":[\"08:00-18:00\"],\"WEDNESDAY\":[\"08:00-18:00\"],"
                + "\"THURSDAY\":[\"08:00-18:00\"],\"FRIDAY\":[\"08:00-18:00\"]";
        admin.post(
                "/calendars",
                "{\"id\":\"business\",\"name\":\"Business hours\",\"zone\":\"Europe/Berlin\"," + "\"hours\":{" + week
                        + "},\"holidays\":[{\"date\":\"2025-12-25\",\"name\":\"Christmas Day\"},"
                        + "{\"date\":\"2026-01-01\",\"name\":\"New Year's Day\"}]}");
        String always = "\"00:00-23:59\"";
        admin.post(
                "/calendars",
                "{\"id\":\"always\",\"name\":\"Always\",\"zone\":\"UTC\",\"hours\":{"
                        + "\"MONDAY\":[" + always + "],\"TUESDAY\":[" + always + "],\"WEDNESDAY\":[" + always + "],"
                        + "\"THURSDAY\":[" + always + "],\"FRIDAY\":[" + always + "],\"SATURDAY\":[" + always + "],"
                        + "\"SUNDAY\":[" + always + "]},\"holidays\":[]}");
        List<String> keys = new ArrayList<>();
        for (int p = 0; p < spec.projects(); p++) {
            keys.add("\"" + People.projectKey(p) + "\"");
        }
        String projects = String.join(",", keys);
        String from = "\"effectiveFrom\":\"2025-01-01T00:00:00Z\"";
        admin.post(
                "/standards",
                "{\"id\":\"first-response\",\"versions\":[{" + from + ",\"name\":\"First response\","
                        + "\"rule\":{\"projects\":[" + projects + "]},\"metrics\":[{\"key\":\"first-response\","
                        + "\"name\":\"First response\",\"start\":[\"ISSUE_CREATED\"],\"pauses\":[],"
                        + "\"stop\":[\"COMMENT_BY_OTHER_THAN_REPORTER\"],\"goal\":\"PT4H\",\"warningPercent\":75,"
                        + "\"calendar\":\"business\"}]}]}");
        admin.post(
                "/standards",
                "{\"id\":\"resolution\",\"versions\":[{" + from + ",\"name\":\"Resolution\","
                        + "\"rule\":{\"projects\":[" + projects + "]},\"metrics\":[{\"key\":\"resolution\","
                        + "\"name\":\"Resolution\",\"start\":[\"ISSUE_CREATED\"],\"pauses\":[{\"reason\":"
                        + "\"WAITING_FOR_CLIENT\",\"statuses\":[\"" + JiraFolder.WAITING.id() + "\"]}],"
                        + "\"stop\":[\"RESOLUTION_SET\"],\"goal\":\"PT40H\",\"warningPercent\":75,"
                        + "\"calendar\":\"business\"}]}]}");
        admin.post(
                "/standards",
                "{\"id\":\"urgent\",\"versions\":[{" + from + ",\"name\":\"Urgent response\","
                        + "\"rule\":{\"projects\":[" + projects + "],\"priorities\":[\"High\",\"Highest\"]},"
                        + "\"metrics\":[{\"key\":\"urgent-response\",\"name\":\"Urgent response\","
                        + "\"start\":[\"ISSUE_CREATED\"],\"pauses\":[],\"stop\":[\"COMMENT_BY_OTHER_THAN_REPORTER\"],"
                        + "\"goal\":\"PT1H\",\"warningPercent\":75,\"calendar\":\"always\"}]}]}");
    }

    /** The admin's REST calls, with HTTP Basic as scripts call Jira. */
    static final class Admin {
        private final String rest;
        private final HttpClient http = HttpClient.newBuilder().build();

        Admin(String rest) {
            this.rest = rest;
        }

        String post(String path, String json) throws IOException, InterruptedException {
            return send("POST", path, json);
        }

        String send(String method, String path, String json) throws IOException, InterruptedException {
            HttpRequest.Builder request = request(path).header("Content-Type", "application/json");
            HttpResponse<String> response = http.send(
                    request.method(method, HttpRequest.BodyPublishers.ofString(json))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() >= 300) {
                throw new IllegalStateException(
                        method + " " + path + " answered " + response.statusCode() + ": " + response.body());
            }
            return response.body();
        }

        String get(String path) throws IOException, InterruptedException {
            HttpResponse<String> response =
                    http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() >= 300) {
                throw new IllegalStateException("GET " + path + " answered " + response.statusCode());
            }
            return response.body();
        }

        private HttpRequest.Builder request(String path) {
            String basic = Base64.getEncoder()
                    .encodeToString((People.ADMIN + ":" + People.ADMIN).getBytes(StandardCharsets.UTF_8));
            return HttpRequest.newBuilder(URI.create(rest + path))
                    .timeout(Duration.ofMinutes(5))
                    .header("Authorization", "Basic " + basic);
        }

        /**
         * Starts the rebuild and waits for it, at most {@code limit}: when the host stops first, the facts of the
         * issues analysed so far stay and the rest have none. Returns its last status.
         */
        String rebuildAccountability(Duration limit) throws IOException, InterruptedException {
            post("/accountability/rebuild", "{}");
            Instant deadline = Instant.now().plus(limit);
            String status = "";
            while (Instant.now().isBefore(deadline)) {
                status = get("/accountability/rebuild");
                if (!status.contains("\"running\"")) {
                    if (!status.contains("\"done\"")) {
                        throw new IllegalStateException("the accountability rebuild ended: " + status);
                    }
                    return status;
                }
                Thread.sleep(1000);
            }
            return "stopped after " + limit.toMinutes() + " min, partial: " + status;
        }
    }
}
