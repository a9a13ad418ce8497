package io.serviceculture.core.standards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import io.serviceculture.core.accountability.AccountabilityService;
import io.serviceculture.core.accountability.CellKey;
import io.serviceculture.core.accountability.Interval;
import io.serviceculture.core.accountability.IssueTeamTime;
import io.serviceculture.core.accountability.OwnedTime;
import io.serviceculture.core.accountability.OwnedTimeCell;
import io.serviceculture.core.accountability.OwnedTimeService;
import io.serviceculture.core.issues.IssueFacts;
import io.serviceculture.core.people.MembershipPeriod;
import io.serviceculture.core.people.TeamKey;
import io.serviceculture.core.people.UserKey;
import io.serviceculture.core.standards.calendar.BusinessCalendar;
import io.serviceculture.core.standards.calendar.CalendarId;
import io.serviceculture.core.standards.calendar.WorkingInterval;
import io.serviceculture.core.standards.calendar.WorkingWeek;
import io.serviceculture.core.testing.InMemoryAccountabilityStore;
import io.serviceculture.core.testing.InMemoryIssues;
import io.serviceculture.core.testing.InMemoryMembershipStore;
import io.serviceculture.core.testing.InMemoryStandardsStore;
import io.serviceculture.core.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.assertj.core.data.Offset;
import org.junit.Before;
import org.junit.Test;

/**
 * The matrix's owned time from synthetic timelines through the real clocks and hand-offs, on the office calendar
 * (Monday to Friday 09:00-17:00 UTC). rita (sales) reports four issues in November 2026:
 *
 * <pre>
 * issue  priority  timeline                                                team-a  team-b  nobody
 * 1      High      Mon 2 Nov 09:00 ann, resolved 11:00                      2 h
 * 2      High      Mon 09:00 ann, 10:00 to bob, resolved 16:00              1 h     6 h
 * 3      Low       Tue 3 Nov 09:00 bob, resolved 13:00                              4 h
 * 4      High      Tue 09:00 unassigned, 12:00 to ann, resolved 15:00       3 h             3 h
 * </pre>
 *
 * High (issue, team) hours 2, 1, 6, 3 sorted 1, 2, 3, 6: median (2 + 3) / 2 = 2.5; Low: 4, median 4. Normalised:
 * 1/team-a 2/2.5 = 0.8, 2/team-a 1/2.5 = 0.4, 2/team-b 6/2.5 = 2.4, 3/team-b 4/4 = 1.0, 4/team-a 3/2.5 = 1.2.
 * team-a←sales: n 3, 6 h, mean 2 h, index (0.8 + 0.4 + 1.2) / 3 = 0.8. team-b←sales: n 2, 10 h, mean 5 h, index
 * (2.4 + 1.0) / 2 = 1.7. The time nobody owned issue 4 is no team's.
 */
public class StandardsTeamTimeTest {
    private static final CalendarId OFFICE_ID = CalendarId.of("office");
    private static final Instant LONG_AGO = Instant.parse("2000-01-01T00:00:00Z");
    private static final TeamKey TEAM_A = TeamKey.of("team-a");
    private static final TeamKey TEAM_B = TeamKey.of("team-b");
    private static final Optional<TeamKey> SALES = Optional.of(TeamKey.of("sales"));
    private static final UserKey RITA = UserKey.of("rita");
    private static final Interval NOVEMBER =
            new Interval(Instant.parse("2026-11-01T00:00:00Z"), Instant.parse("2026-12-01T00:00:00Z"));
    private static final Offset<Double> EXACT = within(1e-9);

    private final MutableClock clock = MutableClock.at("2026-11-20T00:00:00Z");
    private final InMemoryStandardsStore standardsStore = new InMemoryStandardsStore();
    private final InMemoryIssues issues = new InMemoryIssues();
    private final InMemoryMembershipStore memberships = new InMemoryMembershipStore()
            .with(MembershipPeriod.open(UserKey.of("ann"), TEAM_A, LONG_AGO))
            .with(MembershipPeriod.open(UserKey.of("bob"), TEAM_B, LONG_AGO))
            .with(MembershipPeriod.open(RITA, SALES.orElseThrow(), LONG_AGO));
    private final InMemoryAccountabilityStore accountabilityStore = new InMemoryAccountabilityStore();
    private StandardsTeamTime teamTime;
    private OwnedTimeService ownedTime;

    @Before
    public void fourIssuesUnderAResolutionStandard() {
        StandardsService standards = new StandardsService(
                standardsStore, standardsStore, standardsStore, issues, issues, person -> Optional.empty(), clock);
        standards.defineCalendar(BusinessCalendar.of(
                OFFICE_ID,
                "Office",
                ZoneOffset.UTC,
                WorkingWeek.mondayToFriday(WorkingInterval.parse("09:00-17:00")),
                List.of()));
        standards.createStandard(
                StandardId.of("support"),
                new StandardVersion(
                        1,
                        Instant.parse("2010-01-01T00:00:00Z"),
                        "Client support",
                        MatchingRule.any(),
                        List.of(Metric.timeToResolution(Duration.ofHours(40), OFFICE_ID, Set.of(), Set.of()))));
        teamTime = new StandardsTeamTime(standards, issues, memberships);
        AccountabilityService accountability = new AccountabilityService(
                issues,
                memberships,
                id -> Optional.empty(),
                accountabilityStore,
                accountabilityStore,
                accountabilityStore,
                issues,
                clock);
        ownedTime = new OwnedTimeService(accountabilityStore, teamTime, accountabilityStore, issues);
        issues.add(TimelineBuilder.createdAt("2026-11-02T09:00:00Z")
                .issue(1, "SUP-1")
                .facts(priority("High"))
                .reportedBy("rita")
                .assignedTo("ann")
                .resolve("2026-11-02T11:00:00Z", "ann", "Fixed")
                .build());
        issues.add(TimelineBuilder.createdAt("2026-11-02T09:00:00Z")
                .issue(2, "SUP-2")
                .facts(priority("High"))
                .reportedBy("rita")
                .assignedTo("ann")
                .assignee("2026-11-02T10:00:00Z", "ann", "ann", "bob")
                .resolve("2026-11-02T16:00:00Z", "bob", "Fixed")
                .build());
        issues.add(TimelineBuilder.createdAt("2026-11-03T09:00:00Z")
                .issue(3, "SUP-3")
                .facts(priority("Low"))
                .reportedBy("rita")
                .assignedTo("bob")
                .resolve("2026-11-03T13:00:00Z", "bob", "Fixed")
                .build());
        issues.add(TimelineBuilder.createdAt("2026-11-03T09:00:00Z")
                .issue(4, "SUP-4")
                .facts(priority("High"))
                .reportedBy("rita")
                .assignee("2026-11-03T12:00:00Z", "lead", "", "ann")
                .resolve("2026-11-03T15:00:00Z", "ann", "Fixed")
                .build());
        issues.letBrowse(RITA, 1).letBrowse(RITA, 2).letBrowse(RITA, 3).letBrowse(RITA, 4);
        accountability.refreshAll(List.of(1L, 2L, 3L, 4L));
    }

    private static IssueFacts priority(String priority) {
        return new IssueFacts("SUP", "Bug", priority, Set.of(), Set.of());
    }

    @Test
    public void givesEachTeamsOwnedTimeOnTheResolutionClockWithThePriority() {
        Map<Long, IssueTeamTime> times = teamTime.teamTimes(List.of(2L, 4L, 99L));

        assertThat(times).containsOnlyKeys(2L, 4L);
        assertThat(times.get(2L).priority()).isEqualTo("High");
        assertThat(times.get(2L).owned()).isEqualTo(Map.of(TEAM_A, Duration.ofHours(1), TEAM_B, Duration.ofHours(6)));
        assertThat(times.get(4L).owned()).isEqualTo(Map.of(TEAM_A, Duration.ofHours(3)));
    }

    @Test
    public void matrixCellsCarryMeanOwnedHoursAndThePriorityNormalisedIndex() {
        Map<CellKey, OwnedTimeCell> matrix = ownedTime.matrix(NOVEMBER);

        OwnedTimeCell teamA = matrix.get(new CellKey(TEAM_A, SALES));
        assertThat(teamA.issues()).isEqualTo(3);
        assertThat(teamA.meanHours().getAsDouble()).isCloseTo(2.0, EXACT);
        assertThat(teamA.index().getAsDouble()).isCloseTo(0.8, EXACT);
        assertThat(teamA.lowConfidence()).isTrue();
        OwnedTimeCell teamB = matrix.get(new CellKey(TEAM_B, SALES));
        assertThat(teamB.issues()).isEqualTo(2);
        assertThat(teamB.meanHours().getAsDouble()).isCloseTo(5.0, EXACT);
        assertThat(teamB.index().getAsDouble()).isCloseTo(1.7, EXACT);
    }

    @Test
    public void drillDownNamesEachIssuesOwnedHoursAndNormalisedValue() {
        List<OwnedTime> rows =
                ownedTime.drillDown(RITA, TEAM_A, SALES, NOVEMBER).visible();

        assertThat(rows)
                .extracting(OwnedTime::issueKey, OwnedTime::priority, OwnedTime::hours, t -> t.normalised()
                        .getAsDouble())
                .containsExactly(
                        tuple("SUP-1", "High", 2.0, 0.8),
                        tuple("SUP-2", "High", 1.0, 0.4),
                        tuple("SUP-4", "High", 3.0, 1.2));
    }
}
