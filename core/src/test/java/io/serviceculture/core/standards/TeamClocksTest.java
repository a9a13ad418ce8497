package io.serviceculture.core.standards;

import static io.serviceculture.core.standards.TimelineBuilder.IN_PROGRESS;
import static io.serviceculture.core.standards.TimelineBuilder.OPEN;
import static io.serviceculture.core.standards.TimelineBuilder.REOPENED;
import static io.serviceculture.core.standards.TimelineBuilder.RESOLVED;
import static io.serviceculture.core.standards.TimelineBuilder.WAITING_FOR_CLIENT;
import static io.serviceculture.core.standards.TimelineBuilder.WAITING_FOR_VENDOR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.serviceculture.core.accountability.IssueAccountabilityAnalyser;
import io.serviceculture.core.accountability.Ownership;
import io.serviceculture.core.common.NotFoundException;
import io.serviceculture.core.issues.IssueFacts;
import io.serviceculture.core.issues.IssueTimeline;
import io.serviceculture.core.issues.StatusRef;
import io.serviceculture.core.people.MembershipPeriod;
import io.serviceculture.core.people.TeamKey;
import io.serviceculture.core.people.UserKey;
import io.serviceculture.core.standards.calendar.BusinessCalendar;
import io.serviceculture.core.standards.calendar.CalendarId;
import io.serviceculture.core.standards.calendar.WorkingInterval;
import io.serviceculture.core.standards.calendar.WorkingWeek;
import io.serviceculture.core.testing.InMemoryIssues;
import io.serviceculture.core.testing.InMemoryMembershipStore;
import io.serviceculture.core.testing.InMemoryStandardsStore;
import io.serviceculture.core.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.Before;
import org.junit.Test;

/**
 * Team ownership clocks: a metric's counted working time split by the team that owned the issue (the assignee's
 * primary team when they took it, as the hand-offs count it) and the time nobody owned it. Every expectation is
 * worked out by hand in the test's comments, on the office calendar: Monday to Friday 09:00-17:00 UTC.
 */
public class TeamClocksTest {
    private static final CalendarId OFFICE_ID = CalendarId.of("office");
    private static final BusinessCalendar OFFICE = BusinessCalendar.of(
            OFFICE_ID,
            "Office",
            ZoneOffset.UTC,
            WorkingWeek.mondayToFriday(WorkingInterval.parse("09:00-17:00")),
            List.of());
    private static final StandardId SUPPORT = StandardId.of("support");
    private static final UserKey VIEWER = UserKey.of("viewer");
    private static final Instant LONG_AGO = Instant.parse("2000-01-01T00:00:00Z");
    private static final TeamKey ZOOKEEPER = TeamKey.of("zookeeper");
    private static final TeamKey RELEASE = TeamKey.of("release");
    private static final TeamKey TEAM_A = TeamKey.of("team-a");
    private static final TeamKey TEAM_B = TeamKey.of("team-b");

    private final MutableClock clock = MutableClock.at("2026-11-20T00:00:00Z");
    private final InMemoryStandardsStore store = new InMemoryStandardsStore();
    private final InMemoryIssues issues = new InMemoryIssues();
    private final InMemoryMembershipStore memberships = new InMemoryMembershipStore()
            .with(MembershipPeriod.open(UserKey.of("breed"), ZOOKEEPER, LONG_AGO))
            .with(MembershipPeriod.open(UserKey.of("phunt"), RELEASE, LONG_AGO))
            .with(MembershipPeriod.open(UserKey.of("ann"), TEAM_A, LONG_AGO))
            .with(MembershipPeriod.open(UserKey.of("carl"), TEAM_A, LONG_AGO))
            .with(MembershipPeriod.open(UserKey.of("bob"), TEAM_B, LONG_AGO))
            .with(MembershipPeriod.open(UserKey.of("dora"), TEAM_B, LONG_AGO));
    private StandardsService standards;
    private TeamClocksService service;

    @Before
    public void resolutionStandardOnTheOfficeCalendar() {
        standards = new StandardsService(store, store, store, issues, issues, person -> Optional.empty(), clock);
        standards.defineCalendar(OFFICE);
        standards.createStandard(
                SUPPORT,
                new StandardVersion(
                        1,
                        Instant.parse("2010-01-01T00:00:00Z"),
                        "Client support",
                        MatchingRule.any(),
                        List.of(Metric.timeToResolution(
                                Duration.ofHours(40),
                                OFFICE_ID,
                                Set.of(WAITING_FOR_CLIENT.id()),
                                Set.of(WAITING_FOR_VENDOR.id())))));
        service = new TeamClocksService(standards, issues, memberships);
    }

    private TeamClock resolutionClockOf(IssueTimeline timeline) {
        issues.add(timeline).letBrowse(VIEWER, timeline.issueId());
        IssueTeamClocks clocks = service.teamClocks(VIEWER, timeline.issueId());
        assertThat(clocks.clocks()).hasSize(1);
        return clocks.clocks().get(0);
    }

    private static List<String> owners(TeamClock clock) {
        return clock.teams().stream()
                .map(team -> team.team().groupName() + " " + team.owned())
                .toList();
    }

    /**
     * DRILL-138 (../shared/data/jira/asf-drill/drill_138_issue.json, transcribed as in RealIssueClocksTest):
     * reported by jaltekruse on Wednesday 2013-07-03T00:16:13.737Z in Reopened, assigned to breed; tnachen
     * reassigns breed → phunt on Tuesday 2015-02-24T17:00:58.268Z; jnadeau resolves it (Reopened → Resolved,
     * Fixed) on Saturday 2016-08-13T17:29:13.718Z. breed is in zookeeper, phunt in release.
     */
    private static IssueTimeline drill138() {
        return TimelineBuilder.createdAt("2013-07-03T00:16:13.737Z")
                .issue(12655939, "DRILL-138")
                .facts(new IssueFacts("DRILL", "New Feature", "Major", Set.of(), Set.of()))
                .reportedBy("jaltekruse")
                .inStatus(REOPENED)
                .assignedTo("breed")
                .assignee("2015-02-24T17:00:58.268Z", "tnachen", "breed", "phunt")
                .status("2016-08-13T17:29:13.718Z", "jnadeau", RESOLVED)
                .resolve("2016-08-13T17:29:13.718Z", "jnadeau", "Fixed")
                .build();
    }

    @Test
    public void drill138SplitsItsResolutionClockBetweenZookeeperAndRelease() {
        // given the ownership by hand: zookeeper [2013-07-03T00:16:13.737Z, 2015-02-24T17:00:58.268Z) (breed from
        // creation), release [2015-02-24T17:00:58.268Z, now) (phunt, taken by tnachen's reassignment)
        clock.set(Instant.parse("2016-09-01T00:00:00Z"));
        assertThat(IssueAccountabilityAnalyser.ownership(drill138(), memberships.history(), clock.instant()))
                .extracting(stretch ->
                        stretch.interval().from() + " " + stretch.team().orElseThrow())
                .containsExactly("2013-07-03T00:16:13.737Z zookeeper", "2015-02-24T17:00:58.268Z release");

        // when
        TeamClock resolution = resolutionClockOf(drill138());

        // then zookeeper: Wed 2013-07-03 to Tue 2015-02-24 inclusive is 601 days + 1 = 602 days = 86 weeks from a
        // Wednesday = 430 weekdays (Tuesday 24 February is whole: the reassignment came at 17:00:58, after hours)
        // × 8 h = 3440 h. release: Wed 2015-02-25 to Fri 2016-08-12 inclusive = 535 days (2016 a leap year) = 76
        // weeks + Wed, Thu, Fri = 383 weekdays × 8 h = 3064 h; Saturday the 13th counts nothing. 3440 h + 3064 h =
        // 6504 h, RealIssueClocksTest's 813 weekdays × 8 h for the whole clock.
        assertThat(owners(resolution)).containsExactly("zookeeper PT3440H", "release PT3064H");
        assertThat(resolution.unowned()).isZero();
        assertThat(resolution.counted()).isEqualTo(Duration.ofHours(8).multipliedBy(813));
    }

    @Test
    public void drill138AsReleasesClockCountsOnlyFromTheReassignment() {
        // given
        clock.set(Instant.parse("2016-09-01T00:00:00Z"));
        issues.add(drill138()).letBrowse(VIEWER, 12655939);

        // when
        ExplainedCycle cycle = service.explainFor(VIEWER, 12655939, RELEASE)
                .clocks()
                .get(0)
                .cycles()
                .get(0);

        // then every working day breed held it says zookeeper owned it, and release's clock holds its 3064 h
        assertThat(cycle.elapsed()).isEqualTo(Duration.ofHours(3064));
        assertThat(cycle.intervals())
                .filteredOn(interval -> interval.to().isBefore(Instant.parse("2015-02-24T17:00:58.268Z")))
                .filteredOn(interval -> interval.reason() != IntervalReason.OUTSIDE_WORKING_HOURS)
                .hasSize(430)
                .allSatisfy(interval -> {
                    assertThat(interval.reason()).isEqualTo(IntervalReason.OWNED_BY_ANOTHER_TEAM);
                    assertThat(interval.detail()).isEqualTo("zookeeper");
                    assertThat(interval.counted()).isZero();
                });
        assertThat(cycle.intervals())
                .filteredOn(interval -> interval.reason() == IntervalReason.COUNTED)
                .hasSize(383);
    }

    @Test
    public void measuresTheGapWhileNobodyOwnedTheIssue() {
        // given Monday 2 November 2026: ann (team-a) from 09:00, unassigned at 11:00, bob (team-b) from 13:00,
        // resolved at 16:00
        IssueTimeline timeline = TimelineBuilder.createdAt("2026-11-02T09:00:00Z")
                .issue(1, "SUP-1")
                .assignedTo("ann")
                .assignee("2026-11-02T11:00:00Z", "ann", "ann", "")
                .assignee("2026-11-02T13:00:00Z", "lead", "", "bob")
                .resolve("2026-11-02T16:00:00Z", "bob", "Fixed")
                .build();

        // when
        TeamClock resolution = resolutionClockOf(timeline);

        // then team-a 09:00-11:00 = 2 h, nobody 11:00-13:00 = 2 h, team-b 13:00-16:00 = 3 h; 7 h in all
        assertThat(owners(resolution)).containsExactly("team-a PT2H", "team-b PT3H");
        assertThat(resolution.unowned()).isEqualTo(Duration.ofHours(2));
        assertThat(resolution.counted()).isEqualTo(Duration.ofHours(7));
    }

    @Test
    public void anAssigneeInNoTeamLeavesTheIssueOwnedByNobody() {
        // given ann (team-a) from Monday 09:00, handed at 10:00 to eve, who is in no team, resolved at 12:00
        IssueTimeline timeline = TimelineBuilder.createdAt("2026-11-02T09:00:00Z")
                .issue(2, "SUP-2")
                .assignedTo("ann")
                .assignee("2026-11-02T10:00:00Z", "ann", "ann", "eve")
                .resolve("2026-11-02T12:00:00Z", "eve", "Fixed")
                .build();

        // when
        TeamClock resolution = resolutionClockOf(timeline);

        // then team-a 1 h, nobody 10:00-12:00 = 2 h
        assertThat(owners(resolution)).containsExactly("team-a PT1H");
        assertThat(resolution.unowned()).isEqualTo(Duration.ofHours(2));
    }

    @Test
    public void anAssigneeWhoChangesTeamKeepsTheIssueWithTheTeamThatTookIt() {
        // given ann takes the issue in team-a on Monday 09:00 and moves to team-b on Tuesday at 12:00 while holding
        // it; at 14:00 it goes to dora (team-b); resolved Tuesday 15:00
        memberships
                .with(MembershipPeriod.closed(
                        UserKey.of("mover"), TEAM_A, LONG_AGO, Instant.parse("2026-11-03T12:00:00Z")))
                .with(MembershipPeriod.open(UserKey.of("mover"), TEAM_B, Instant.parse("2026-11-03T12:00:00Z")));
        IssueTimeline timeline = TimelineBuilder.createdAt("2026-11-02T09:00:00Z")
                .issue(3, "SUP-3")
                .assignedTo("mover")
                .assignee("2026-11-03T14:00:00Z", "mover", "mover", "dora")
                .resolve("2026-11-03T15:00:00Z", "dora", "Fixed")
                .build();

        // when
        TeamClock resolution = resolutionClockOf(timeline);

        // then as the hand-offs count it (docs/accountability.md): the move hands nothing on, so team-a owns
        // Monday 8 h + Tuesday 09:00-14:00 5 h = 13 h; team-b takes it with dora: 14:00-15:00 = 1 h
        assertThat(owners(resolution)).containsExactly("team-a PT13H", "team-b PT1H");
        assertThat(resolution.unowned()).isZero();
    }

    @Test
    public void aPauseWhileTeamBOwnsTheIssueCountsForNobody() {
        // given ann (team-a) from Monday 09:00; bob (team-b) from 12:00; waiting for the client 13:00-15:00;
        // resolved at 16:00
        IssueTimeline timeline = TimelineBuilder.createdAt("2026-11-02T09:00:00Z")
                .issue(4, "SUP-4")
                .inStatus(OPEN)
                .assignedTo("ann")
                .assignee("2026-11-02T12:00:00Z", "ann", "ann", "bob")
                .status("2026-11-02T13:00:00Z", "bob", WAITING_FOR_CLIENT)
                .status("2026-11-02T15:00:00Z", "reporter", IN_PROGRESS)
                .resolve("2026-11-02T16:00:00Z", "bob", "Fixed")
                .build();

        // when
        TeamClock resolution = resolutionClockOf(timeline);
        ExplainedCycle asTeamA =
                service.explainFor(VIEWER, 4, TEAM_A).clocks().get(0).cycles().get(0);

        // then team-a 09:00-12:00 = 3 h; team-b 12:00-13:00 and 15:00-16:00 = 2 h; the pause counts for no one
        assertThat(owners(resolution)).containsExactly("team-a PT3H", "team-b PT2H");
        assertThat(resolution.counted()).isEqualTo(Duration.ofHours(5));
        // and team-a's view keeps the pause as a pause, and says team-b owned what counted for it
        assertThat(asTeamA.elapsed()).isEqualTo(Duration.ofHours(3));
        assertThat(asTeamA.intervals())
                .extracting(interval ->
                        interval.from() + " " + interval.reason() + " " + interval.detail() + " " + interval.counted())
                .containsExactly(
                        "2026-11-02T09:00:00Z COUNTED  PT3H",
                        "2026-11-02T12:00:00Z OWNED_BY_ANOTHER_TEAM team-b PT0S",
                        "2026-11-02T13:00:00Z WAITING_FOR_CLIENT Waiting for client PT0S",
                        "2026-11-02T15:00:00Z OWNED_BY_ANOTHER_TEAM team-b PT0S");
    }

    @Test
    public void aHandOffOutsideWorkingHoursCostsNeitherTeamAnyTime() {
        // given ann (team-a) from Friday 6 November 16:00; bob (team-b) from Saturday 10:00; resolved Monday 10:00
        IssueTimeline timeline = TimelineBuilder.createdAt("2026-11-06T16:00:00Z")
                .issue(5, "SUP-5")
                .assignedTo("ann")
                .assignee("2026-11-07T10:00:00Z", "ann", "ann", "bob")
                .resolve("2026-11-09T10:00:00Z", "bob", "Fixed")
                .build();

        // when
        TeamClock resolution = resolutionClockOf(timeline);
        ExplainedCycle asTeamB =
                service.explainFor(VIEWER, 5, TEAM_B).clocks().get(0).cycles().get(0);

        // then team-a Friday 16:00-17:00 = 1 h, team-b Monday 09:00-10:00 = 1 h
        assertThat(owners(resolution)).containsExactly("team-a PT1H", "team-b PT1H");
        // and in team-b's view the weekend is still outside working hours, not another team's time
        assertThat(asTeamB.intervals())
                .extracting(interval -> interval.from() + " " + interval.reason())
                .containsExactly(
                        "2026-11-06T16:00:00Z OWNED_BY_ANOTHER_TEAM",
                        "2026-11-06T17:00:00Z OUTSIDE_WORKING_HOURS",
                        "2026-11-07T10:00:00Z OUTSIDE_WORKING_HOURS",
                        "2026-11-09T09:00:00Z COUNTED");
    }

    @Test
    public void aReopenedIssueAddsEveryCycleToItsOwners() {
        // given ann (team-a) resolves Monday 09:00-11:00; reopened at 14:00 and given to bob (team-b) at 15:00;
        // resolved again at 16:00
        IssueTimeline timeline = TimelineBuilder.createdAt("2026-11-02T09:00:00Z")
                .issue(6, "SUP-6")
                .assignedTo("ann")
                .resolve("2026-11-02T11:00:00Z", "ann", "Fixed")
                .reopen("2026-11-02T14:00:00Z", "reporter")
                .assignee("2026-11-02T15:00:00Z", "ann", "ann", "bob")
                .resolve("2026-11-02T16:00:00Z", "bob", "Fixed")
                .build();

        // when
        TeamClock resolution = resolutionClockOf(timeline);

        // then team-a 2 h + 14:00-15:00 1 h = 3 h, team-b 1 h; two cycles, 4 h counted
        assertThat(owners(resolution)).containsExactly("team-a PT3H", "team-b PT1H");
        assertThat(resolution.counted()).isEqualTo(Duration.ofHours(4));
    }

    @Test
    public void theTeamsAndTheGapAlwaysAddUpToTheClock() {
        // given 300 random histories: assignees in team-a, team-b, no team, one who changes team, and unassigned
        // stretches; pauses for the client and a vendor; resolutions and reopens, in and out of working hours
        Random random = new Random(12);
        memberships
                .with(MembershipPeriod.closed(
                        UserKey.of("mover"), TEAM_A, LONG_AGO, Instant.parse("2026-11-04T12:00:00Z")))
                .with(MembershipPeriod.open(UserKey.of("mover"), TEAM_B, Instant.parse("2026-11-04T12:00:00Z")));
        List<String> people = List.of("ann", "bob", "carl", "dora", "eve", "mover", "");
        List<StatusRef> statuses = List.of(OPEN, IN_PROGRESS, WAITING_FOR_CLIENT, WAITING_FOR_VENDOR);
        for (int i = 0; i < 300; i++) {
            Instant at = Instant.parse("2026-11-02T07:00:00Z").plus(Duration.ofMinutes(random.nextInt(600)));
            TimelineBuilder builder = TimelineBuilder.createdAt(at.toString())
                    .issue(1000 + i, "RND-" + i)
                    .inStatus(OPEN);
            String assignee = people.get(random.nextInt(people.size()));
            if (!assignee.isEmpty()) {
                builder.assignedTo(assignee);
            }
            boolean resolved = false;
            for (int event = 0; event < 12; event++) {
                at = at.plus(Duration.ofMinutes(1 + random.nextInt(900)));
                int kind = random.nextInt(4);
                if (kind == 0) {
                    String next = people.get(random.nextInt(people.size()));
                    builder.assignee(at.toString(), "lead", assignee, next);
                    assignee = next;
                } else if (kind == 1) {
                    builder.status(at.toString(), "lead", statuses.get(random.nextInt(statuses.size())));
                } else if (kind == 2 && !resolved) {
                    builder.resolve(at.toString(), "lead", "Fixed");
                    resolved = true;
                } else if (kind == 3 && resolved) {
                    builder.reopen(at.toString(), "reporter");
                    resolved = false;
                }
            }
            IssueTimeline timeline = builder.build();
            issues.add(timeline).letBrowse(VIEWER, timeline.issueId());

            // when
            TeamClock split =
                    service.teamClocks(VIEWER, timeline.issueId()).clocks().get(0);
            MetricClock whole =
                    standards.clocks(VIEWER, timeline.issueId()).clocks().get(0).clock();

            // then the teams' times and the gap add up to exactly what the clock counted, cycle by cycle summed
            Duration counted = whole.ongoing().map(OngoingCycle::elapsed).orElse(Duration.ZERO);
            for (CompletedCycle cycle : whole.completed()) {
                counted = counted.plus(cycle.elapsed());
            }
            Duration parts = split.unowned();
            for (TeamTime team : split.teams()) {
                parts = parts.plus(team.owned());
            }
            assertThat(parts).as(timeline.issueKey()).isEqualTo(split.counted()).isEqualTo(counted);
            // and each team's own view of the clock counts exactly its share
            for (TeamTime team : split.teams()) {
                Duration own = Duration.ZERO;
                for (ExplainedCycle cycle : service.explainFor(VIEWER, timeline.issueId(), team.team())
                        .clocks()
                        .get(0)
                        .cycles()) {
                    own = own.plus(cycle.elapsed());
                }
                assertThat(own).as(timeline.issueKey() + " " + team.team()).isEqualTo(team.owned());
            }
        }
    }

    @Test
    public void ownershipStretchesFollowEveryAssigneeChangeWithoutGaps() {
        // given ann, then nobody, then ann and carl (both team-a), then bob, two changes at one instant
        IssueTimeline timeline = TimelineBuilder.createdAt("2026-11-02T09:00:00Z")
                .assignedTo("ann")
                .assignee("2026-11-02T10:00:00Z", "ann", "ann", "")
                .assignee("2026-11-02T11:00:00Z", "lead", "", "ann")
                .assignee("2026-11-02T12:00:00Z", "ann", "ann", "carl")
                .assignee("2026-11-02T13:00:00Z", "carl", "carl", "bob")
                .assignee("2026-11-02T13:00:00Z", "bob", "bob", "carl")
                .assignee("2026-11-02T14:00:00Z", "carl", "carl", "bob")
                .build();

        // when
        List<Ownership> stretches = IssueAccountabilityAnalyser.ownership(
                timeline, memberships.history(), Instant.parse("2026-11-02T15:00:00Z"));

        // then
        assertThat(stretches)
                .extracting(stretch ->
                        stretch.interval().from() + "-" + stretch.interval().to() + " "
                                + stretch.team().map(TeamKey::groupName).orElse("nobody"))
                .containsExactly(
                        "2026-11-02T09:00:00Z-2026-11-02T10:00:00Z team-a",
                        "2026-11-02T10:00:00Z-2026-11-02T11:00:00Z nobody",
                        "2026-11-02T11:00:00Z-2026-11-02T14:00:00Z team-a",
                        "2026-11-02T14:00:00Z-2026-11-02T15:00:00Z team-b");
    }

    @Test
    public void anIssueTheViewerMayNotBrowseHasNoTeamClocks() {
        // given
        issues.add(drill138());

        // then
        assertThatThrownBy(() -> service.teamClocks(VIEWER, 12655939)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> service.explainFor(VIEWER, 12655939, RELEASE)).isInstanceOf(NotFoundException.class);
    }
}
