package io.serviceculture.bench.accountability;

import io.serviceculture.aobridge.AoEntityManagers;
import io.serviceculture.aobridge.EntityManagerActiveObjects;
import io.serviceculture.core.accountability.AccountabilityInput;
import io.serviceculture.core.accountability.AccountabilityService;
import io.serviceculture.core.accountability.AccountabilitySettings;
import io.serviceculture.core.accountability.AccountabilitySettingsPort;
import io.serviceculture.core.accountability.Contribution;
import io.serviceculture.core.accountability.Interval;
import io.serviceculture.core.accountability.IssueAccountability;
import io.serviceculture.core.accountability.IssueAccountabilityAnalyser;
import io.serviceculture.core.accountability.RatingStorePort;
import io.serviceculture.core.accountability.ServiceRating;
import io.serviceculture.core.people.MembershipPeriod;
import io.serviceculture.core.people.TeamKey;
import io.serviceculture.core.people.UserKey;
import io.serviceculture.core.testing.InMemoryMembershipStore;
import io.serviceculture.core.testing.SyntheticAccountabilityData;
import io.serviceculture.plugin.accountability.persistence.AoAccountabilityStore;
import io.serviceculture.plugin.accountability.persistence.ContributionAO;
import io.serviceculture.plugin.accountability.persistence.IssueFactsAO;
import io.serviceculture.plugin.accountability.persistence.RatingAO;
import io.serviceculture.plugin.accountability.rest.AccountabilityJson.MatrixJson;
import io.serviceculture.plugin.accountability.rest.AccountabilityJson.PeriodJson;
import io.serviceculture.plugin.accountability.rest.AccountabilityJsonMapper;
import io.serviceculture.standalone.services.HostDatabaseAccessor;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The server side of the Accountability page's matrix for one month: the stored contributions of the month read
 * from PostgreSQL through Active Objects (as the plugin reads them), summed into cells by the core and mapped to
 * the JSON the page receives. 50 teams; {@link #ISSUES} issues resolved in the month, each with the facts the
 * engine works out from a synthetic timeline. Quality bar (issue 9): p95 at most 100 ms. The cells are summed by one
 * grouped SQL query read as plain values ({@code AoAccountabilityStore#cellTotals}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xmx2g", "-XX:ActiveProcessorCount=1"})
public class AccountabilityMatrixBenchmark {
    static final int TEAMS = 50;
    static final int USERS = 2_500;
    static final int ISSUES = 10_000;
    static final Interval JUNE =
            new Interval(Instant.parse("2026-06-01T00:00:00Z"), Instant.parse("2026-07-01T00:00:00Z"));
    static final PeriodJson PERIOD = new PeriodJson("2026-06-01", "2026-06-30", "UTC");

    private EmbeddedPostgres postgres;
    private AccountabilityService service;

    @Setup
    public void storeOneMonth() throws IOException {
        postgres = EmbeddedPostgres.builder().start();
        EntityManagerActiveObjects ao = new EntityManagerActiveObjects(
                AoEntityManagers.forDataSource(postgres.getPostgresDatabase(), "io.serviceculture.jira"));
        ao.migrate(IssueFactsAO.class, ContributionAO.class, RatingAO.class);
        AoAccountabilityStore store =
                new AoAccountabilityStore(ao, new HostDatabaseAccessor(postgres.getPostgresDatabase()));
        SyntheticAccountabilityData data = new SyntheticAccountabilityData(2026, TEAMS, USERS);
        IssueAccountabilityAnalyser analyser = new IssueAccountabilityAnalyser(Duration.ofDays(14));
        long span = JUNE.to().toEpochMilli() - JUNE.from().toEpochMilli();
        int stored = 0;
        for (AccountabilityInput input : data.issues(ISSUES * 2, 10)) {
            IssueAccountability facts = analyser.analyse(input, data.teamHistory());
            if (facts.contributions().isEmpty() || stored == ISSUES) {
                continue;
            }
            // every stored issue is resolved in June, spread over the month
            Instant resolved = JUNE.from().plusMillis(span * stored / ISSUES);
            store.save(inJune(facts, resolved), List.of());
            stored++;
        }
        if (stored < ISSUES) {
            throw new IllegalStateException("only " + stored + " synthetic issues were resolved by a team");
        }
        service = new AccountabilityService(
                id -> Optional.empty(),
                new InMemoryMembershipStore()
                        .with(MembershipPeriod.open(UserKey.of("nobody"), TeamKey.of("none"), Instant.EPOCH)),
                id -> Optional.empty(),
                new NoRatings(),
                store,
                new DefaultSettings(),
                (viewer, issueId) -> true,
                Clock.systemUTC());
    }

    private static IssueAccountability inJune(IssueAccountability facts, Instant resolved) {
        return new IssueAccountability(
                facts.issueId(),
                facts.issueKey(),
                facts.clientTeam(),
                facts.providerTeams(),
                facts.handOffs(),
                facts.resolutions(),
                Optional.of(resolved),
                facts.resolvingTeam(),
                facts.endToEnd(),
                facts.attainment(),
                facts.rating(),
                facts.contributions().stream()
                        .map(c -> new Contribution(
                                c.issueId(), c.issueKey(), c.provider(), c.client(), resolved, c.components()))
                        .toList());
    }

    @TearDown
    public void stopPostgres() throws IOException {
        postgres.close();
    }

    @Benchmark
    public MatrixJson matrixOfOneMonth() {
        return AccountabilityJsonMapper.matrix(service.matrix(JUNE), PERIOD);
    }

    private static final class NoRatings implements RatingStorePort {
        @Override
        public Optional<ServiceRating> find(long issueId) {
            return Optional.empty();
        }

        @Override
        public boolean insert(ServiceRating rating) {
            return false;
        }

        @Override
        public void update(ServiceRating rating) {}
    }

    private static final class DefaultSettings implements AccountabilitySettingsPort {
        @Override
        public AccountabilitySettings load() {
            return AccountabilitySettings.defaults();
        }

        @Override
        public void save(AccountabilitySettings settings) {}
    }
}
