package io.serviceculture.bench.accountability;

import com.atlassian.jira.database.DatabaseAccessor;
import io.serviceculture.aobridge.AoEntityManagers;
import io.serviceculture.aobridge.EntityManagerActiveObjects;
import io.serviceculture.bench.data.LoadAverage;
import io.serviceculture.core.accountability.AccountabilityInput;
import io.serviceculture.core.accountability.AccountabilityService;
import io.serviceculture.core.accountability.Interval;
import io.serviceculture.core.accountability.StandardAttainment;
import io.serviceculture.core.testing.InMemoryAccountabilityStore;
import io.serviceculture.core.testing.InMemoryIssues;
import io.serviceculture.core.testing.SyntheticAccountabilityData;
import io.serviceculture.plugin.accountability.persistence.AoAccountabilityStore;
import io.serviceculture.plugin.accountability.persistence.AoRatings;
import io.serviceculture.plugin.accountability.persistence.AoStandardAttainment;
import io.serviceculture.plugin.accountability.persistence.ContributionAO;
import io.serviceculture.plugin.accountability.persistence.IssueFactsAO;
import io.serviceculture.plugin.accountability.persistence.RatingAO;
import io.serviceculture.plugin.standards.persistence.CycleAO;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;

/**
 * The admin's rebuild of 100k issues' accountability facts (1M history items) through the plugin's own adapters on
 * an embedded PostgreSQL: {@link AccountabilityService#rebuild} over {@link AoAccountabilityStore},
 * {@link AoStandardAttainment} and {@link AoRatings}, the tables migrated by Active Objects as in Jira. What Jira
 * itself would add, reading each issue's change history and comments, is not in it: the timelines come from memory.
 * Then the matrix of one month on the rebuilt tables, its query planned with EXPLAIN ANALYZE and timed.
 *
 * <p>Run: {@code java -XX:ActiveProcessorCount=1 -Xmx3g -cp bench/target/benchmarks.jar
 * io.serviceculture.bench.accountability.AccountabilityRebuildAoRun bench/results/accountability-rebuild-ao.txt}
 */
public final class AccountabilityRebuildAoRun {
    static final int ISSUES = 100_000;
    static final int EVENTS_PER_ISSUE = 10;
    static final int TEAMS = 50;
    static final int USERS = 2_500;
    static final int MATRIX_RUNS = 200;
    static final Interval JUNE =
            new Interval(Instant.parse("2026-06-01T00:00:00Z"), Instant.parse("2026-07-01T00:00:00Z"));

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private AccountabilityRebuildAoRun() {}

    public static void main(String[] args) throws Exception {
        Path result = Path.of(args.length > 0 ? args[0] : "bench/results/accountability-rebuild-ao.txt");
        List<String> out = new ArrayList<>();
        out.add("# Accountability rebuild through the plugin's AO/SQL adapters on embedded PostgreSQL (issue 9)");
        out.add("# quality bar: 100k issues / 1M history items <= 20 s on one core");
        out.add("# command: ./mvnw -B -ntp -q package -pl bench -am -DskipTests && java -XX:ActiveProcessorCount=1"
                + " -Xmx3g -cp bench/target/benchmarks.jar " + AccountabilityRebuildAoRun.class.getName() + " "
                + result);
        out.add("# java " + System.getProperty("java.version") + ", "
                + Runtime.getRuntime().availableProcessors() + " processor(s) seen by the JVM, date " + Instant.now());
        out.add("# load average before: " + LoadAverage.read());
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            run(postgres.getPostgresDatabase(), out);
        }
        out.add("# load average after: " + LoadAverage.read());
        Files.createDirectories(result.toAbsolutePath().getParent());
        Files.write(result, out);
        out.forEach(System.out::println);
    }

    private static void run(DataSource dataSource, List<String> out) throws SQLException {
        EntityManagerActiveObjects ao =
                new EntityManagerActiveObjects(AoEntityManagers.forDataSource(dataSource, "io.serviceculture.jira"));
        ao.migrate(IssueFactsAO.class, ContributionAO.class, RatingAO.class, CycleAO.class);
        AtomicLong statements = new AtomicLong();
        DatabaseAccessor database = new CountingAccessor(dataSource, statements);

        SyntheticAccountabilityData data = new SyntheticAccountabilityData(2026, TEAMS, USERS);
        List<AccountabilityInput> inputs = data.issues(ISSUES, EVENTS_PER_ISSUE);
        InMemoryIssues history = new InMemoryIssues();
        List<Long> ids = new ArrayList<>(inputs.size());
        long items = 0;
        for (AccountabilityInput input : inputs) {
            history.add(input.timeline());
            ids.add(input.timeline().issueId());
            items += input.timeline().events().size();
        }
        int[] seeded = seedCyclesAndRatings(dataSource, inputs);
        out.add(String.format(
                Locale.ROOT,
                "data: SyntheticAccountabilityData(seed 2026, %d teams, %d users): %d issues, %d history items;"
                        + " %d SLA cycles and %d ratings in their AO tables",
                TEAMS,
                USERS,
                ids.size(),
                items,
                seeded[0],
                seeded[1]));

        AoAccountabilityStore store = new AoAccountabilityStore(ao, database);
        AccountabilityService service = new AccountabilityService(
                history,
                data.memberships(),
                new AoStandardAttainment(ao, database),
                new AoRatings(ao),
                store,
                new InMemoryAccountabilityStore(),
                history,
                Clock.systemUTC());

        out.add("timed: AccountabilityService.rebuild(100k ids) -- membership periods loaded once, the stored ids"
                + " read once, then per page of " + AccountabilityService.REBUILD_PAGE + " issues: attainments (one"
                + " grouped SQL query per 500 ids), ratings (one AO find per 500 ids), timelines from memory, the"
                + " analysis, and one transaction deleting the page's rows (one DELETE per table per 500 ids) and"
                + " batch-inserting its facts and contributions. Not timed: Jira's own reading of change history"
                + " and comments, and the ~100 progress writes to plugin settings.");
        for (String run : List.of("first rebuild (empty tables)", "second rebuild (replaces every row)")) {
            statements.set(0);
            long start = System.nanoTime();
            long cpuStart = THREADS.getCurrentThreadCpuTime();
            int analysed = service.rebuild(ids, done -> {});
            long millis = (System.nanoTime() - start) / 1_000_000;
            long cpuMillis = (THREADS.getCurrentThreadCpuTime() - cpuStart) / 1_000_000;
            out.add(String.format(
                    Locale.ROOT,
                    "%-38s %6d issues %8d ms wall, %6d ms CPU of the rebuilding thread, %8.0f issues/s wall;"
                            + " %d SQL statements on the borrowed connection (%.3f per issue); load average %s",
                    run,
                    analysed,
                    millis,
                    cpuMillis,
                    analysed * 1000.0 / Math.max(1, millis),
                    statements.get(),
                    statements.get() / (double) analysed,
                    LoadAverage.read()));
        }
        out.add(String.format(
                Locale.ROOT,
                "rows: %d in ACC_ISSUE, %d in ACC_CELL",
                count(dataSource, "AO_439D1B_ACC_ISSUE"),
                count(dataSource, "AO_439D1B_ACC_CELL")));
        matrix(dataSource, store, service, out);
    }

    /** The matrix of June on the rebuilt tables: the query's plan, then the use case timed. */
    private static void matrix(
            DataSource dataSource, AoAccountabilityStore store, AccountabilityService service, List<String> out)
            throws SQLException {
        String q = "SELECT \"PROVIDER\", \"CLIENT\", COUNT(*), SUM(\"ATT_NUM\"), SUM(\"ATT_DEN\"), SUM(\"OWN_NUM\"),"
                + " SUM(\"OWN_DEN\"), SUM(\"REO_NUM\"), SUM(\"REO_DEN\"), SUM(\"RAT_NUM\"), SUM(\"RAT_DEN\") FROM"
                + " \"AO_439D1B_ACC_CELL\" WHERE \"RESOLVED_AT\" >= ? AND \"RESOLVED_AT\" < ? GROUP BY \"PROVIDER\","
                + " \"CLIENT\"";
        out.add("");
        out.add("matrix of June 2026 (50 teams), the query AoAccountabilityStore#cellTotals sends; EXPLAIN ANALYZE:");
        try (Connection connection = dataSource.getConnection();
                Statement analyse = connection.createStatement();
                PreparedStatement explain = connection.prepareStatement("EXPLAIN (ANALYZE, BUFFERS) " + q)) {
            analyse.execute("ANALYZE");
            explain.setTimestamp(1, new Timestamp(JUNE.from().toEpochMilli()));
            explain.setTimestamp(2, new Timestamp(JUNE.to().toEpochMilli()));
            try (ResultSet plan = explain.executeQuery()) {
                while (plan.next()) {
                    out.add("  " + plan.getString(1));
                }
            }
        }
        for (int i = 0; i < MATRIX_RUNS / 4; i++) {
            service.matrix(JUNE);
        }
        long[] micros = new long[MATRIX_RUNS];
        long[] sqlMicros = new long[MATRIX_RUNS];
        int cells = 0;
        for (int i = 0; i < MATRIX_RUNS; i++) {
            long start = System.nanoTime();
            store.cellTotals(JUNE);
            long between = System.nanoTime();
            cells = service.matrix(JUNE).cells().size();
            sqlMicros[i] = (between - start) / 1_000;
            micros[i] = (System.nanoTime() - between) / 1_000;
        }
        Arrays.sort(micros);
        Arrays.sort(sqlMicros);
        out.add(String.format(
                Locale.ROOT,
                "AoAccountabilityStore.cellTotals(June) alone (the grouped query and reading its rows): p50 %.1f ms,"
                        + " p95 %.1f ms",
                sqlMicros[MATRIX_RUNS / 2] / 1000.0,
                sqlMicros[MATRIX_RUNS * 95 / 100] / 1000.0));
        out.add(String.format(
                Locale.ROOT,
                "AccountabilityService.matrix(June) over AoAccountabilityStore, %d cells, %d timed runs after %d"
                        + " warm-up: p50 %.1f ms, p95 %.1f ms, max %.1f ms; load average %s",
                cells,
                MATRIX_RUNS,
                MATRIX_RUNS / 4,
                micros[MATRIX_RUNS / 2] / 1000.0,
                micros[MATRIX_RUNS * 95 / 100] / 1000.0,
                micros[MATRIX_RUNS - 1] / 1000.0,
                LoadAverage.read()));
    }

    /** The SLA cycles behind each issue's attainment and the client ratings, as the other features store them. */
    private static int[] seedCyclesAndRatings(DataSource dataSource, List<AccountabilityInput> inputs)
            throws SQLException {
        int cycles = 0;
        int ratings = 0;
        try (Connection connection = dataSource.getConnection();
                PreparedStatement cycle = connection.prepareStatement("INSERT INTO \"AO_439D1B_SLA_CYCLE\""
                        + " (\"CYCLE_KEY\", \"ISSUE_ID\", \"STANDARD_ID\", \"METRIC_KEY\", \"VERSION_NUMBER\","
                        + " \"START_AT\", \"STOP_AT\", \"ELAPSED_MS\", \"GOAL_MS\", \"MET\", \"PROJECT_KEY\")"
                        + " VALUES (?, ?, 'std', 'ttr', 1, ?, ?, 0, 0, ?, 'SUP')");
                PreparedStatement rating = connection.prepareStatement("INSERT INTO \"AO_439D1B_ACC_RATING\""
                        + " (\"ISSUE_ID\", \"RATER_KEY\", \"STARS\", \"RATING_COMMENT\", \"CREATED_AT\","
                        + " \"UPDATED_AT\") VALUES (?, 'rater', ?, '', ?, ?)")) {
            connection.setAutoCommit(false);
            for (AccountabilityInput input : inputs) {
                long id = input.timeline().issueId();
                Timestamp at = new Timestamp(input.timeline().created().toEpochMilli());
                Optional<StandardAttainment> attainment = input.attainment();
                if (attainment.isPresent()) {
                    for (int n = 0; n < attainment.get().completed(); n++) {
                        cycle.setString(1, id + "|std|ttr|" + n);
                        cycle.setLong(2, id);
                        cycle.setTimestamp(3, at);
                        cycle.setTimestamp(4, at);
                        cycle.setBoolean(5, n < attainment.get().met());
                        cycle.addBatch();
                        cycles++;
                    }
                }
                if (input.rating().isPresent()) {
                    rating.setLong(1, id);
                    rating.setInt(2, input.rating().getAsInt());
                    rating.setTimestamp(3, at);
                    rating.setTimestamp(4, at);
                    rating.addBatch();
                    ratings++;
                }
            }
            cycle.executeBatch();
            rating.executeBatch();
            connection.commit();
        }
        return new int[] {cycles, ratings};
    }

    private static long count(DataSource dataSource, String table) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM \"" + table + "\"")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** Jira's accessor over the data source, counting the statements the app prepares on what it borrows. */
    private static final class CountingAccessor implements DatabaseAccessor {
        private final DataSource dataSource;
        private final AtomicLong statements;

        CountingAccessor(DataSource dataSource, AtomicLong statements) {
            this.dataSource = dataSource;
            this.statements = statements;
        }

        @Override
        public Optional<String> getSchemaName() {
            return Optional.empty();
        }

        @Override
        public <R> R executeQuery(com.atlassian.jira.database.ConnectionFunction<R> callback) {
            try (Connection connection = dataSource.getConnection()) {
                Connection counted = (Connection) Proxy.newProxyInstance(
                        Connection.class.getClassLoader(), new Class<?>[] {Connection.class}, (p, method, a) -> {
                            if (method.getName().equals("prepareStatement")) {
                                statements.incrementAndGet();
                            }
                            try {
                                return method.invoke(connection, a);
                            } catch (InvocationTargetException e) {
                                throw e.getCause();
                            }
                        });
                return callback.run(() -> counted);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
