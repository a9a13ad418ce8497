package io.serviceculture.core.testing;

import io.serviceculture.core.accountability.AccountabilityInput;
import io.serviceculture.core.accountability.StandardAttainment;
import io.serviceculture.core.issues.IssueEvent;
import io.serviceculture.core.issues.IssueFacts;
import io.serviceculture.core.issues.IssueTimeline;
import io.serviceculture.core.issues.StatusCategory;
import io.serviceculture.core.issues.StatusRef;
import io.serviceculture.core.people.MembershipPeriod;
import io.serviceculture.core.people.TeamHistory;
import io.serviceculture.core.people.TeamKey;
import io.serviceculture.core.people.UserKey;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;
import java.util.Set;

/**
 * A deterministic, synthetic organisation and its issues, for property tests and benchmarks: people in one
 * team, some in two, some who move team half-way and some deleted (in no team); issues with assignee changes,
 * unassigned gaps, status changes, comments, resolutions and reopens, attainment and ratings.
 */
public final class SyntheticAccountabilityData {
    public static final Instant START = Instant.parse("2026-01-01T00:00:00Z");
    private static final Instant MOVE = Instant.parse("2026-07-01T00:00:00Z");
    private static final StatusRef OPEN = new StatusRef("1", "Open", StatusCategory.TO_DO);
    private static final StatusRef WORKING = new StatusRef("3", "In Progress", StatusCategory.IN_PROGRESS);
    private static final StatusRef DONE = new StatusRef("5", "Resolved", StatusCategory.DONE);
    private static final IssueFacts FACTS = new IssueFacts("SUP", "Bug", "Major", Set.of(), Set.of());

    private final Random random;
    private final int teamCount;
    private final List<UserKey> users = new ArrayList<>();
    private final TeamHistory teamHistory;
    private final List<MembershipPeriod> periods;
    private final Map<UserKey, TeamKey> primaryTeams;

    public SyntheticAccountabilityData(long seed, int teamCount, int userCount) {
        this.random = new Random(seed);
        this.teamCount = teamCount;
        List<MembershipPeriod> periods = new ArrayList<>();
        Map<UserKey, TeamKey> primary = new HashMap<>();
        for (int i = 0; i < userCount; i++) {
            UserKey user = UserKey.of("user" + i);
            users.add(user);
            if (i % 13 == 12) {
                continue; // deleted: no periods
            }
            TeamKey home = team(i % teamCount);
            if (i % 11 == 10) {
                periods.add(MembershipPeriod.closed(user, home, START, MOVE));
                periods.add(MembershipPeriod.open(user, team((i + 2) % teamCount), MOVE));
            } else {
                periods.add(MembershipPeriod.open(user, home, START));
            }
            if (i % 7 == 6) {
                TeamKey second = team((i + 1) % teamCount);
                periods.add(MembershipPeriod.open(user, second, START));
                if (i % 5 == 0) {
                    primary.put(user, second);
                }
            }
        }
        this.teamHistory = TeamHistory.of(periods, primary);
        this.periods = List.copyOf(periods);
        this.primaryTeams = Map.copyOf(primary);
    }

    public static TeamKey team(int n) {
        return TeamKey.of("team" + (char) ('a' + n % 26) + (n / 26 == 0 ? "" : Integer.toString(n / 26)));
    }

    public TeamHistory teamHistory() {
        return teamHistory;
    }

    /** The same team history as a membership store, for use cases that load it themselves. */
    public InMemoryMembershipStore memberships() {
        InMemoryMembershipStore store = new InMemoryMembershipStore();
        periods.forEach(store::with);
        primaryTeams.forEach(store::withPrimaryTeam);
        return store;
    }

    public int teamCount() {
        return teamCount;
    }

    /** Issues created one after another over about a year, with about {@code eventsPerIssue} events each. */
    public List<AccountabilityInput> issues(int count, int eventsPerIssue) {
        List<AccountabilityInput> issues = new ArrayList<>(count);
        long spacingSeconds = Math.max(1, Duration.ofDays(330).toSeconds() / Math.max(1, count));
        for (int n = 0; n < count; n++) {
            issues.add(issue(10_000L + n, START.plusSeconds(n * spacingSeconds), eventsPerIssue));
        }
        return issues;
    }

    public AccountabilityInput issue(long id, Instant created, int eventsPerIssue) {
        Optional<UserKey> assignee = random.nextInt(4) == 0 ? Optional.empty() : Optional.of(randomUser());
        Optional<UserKey> initialAssignee = assignee;
        List<IssueEvent> events = new ArrayList<>(eventsPerIssue + 1);
        Instant at = created;
        StatusRef status = OPEN;
        boolean resolved = false;
        int target = Math.max(1, eventsPerIssue - 2 + random.nextInt(5));
        for (int e = 0; e < target; e++) {
            at = at.plusSeconds(60 + random.nextInt(3 * 24 * 3600));
            int kind = random.nextInt(100);
            if (kind < 35) {
                Optional<UserKey> to = random.nextInt(10) == 0 ? Optional.empty() : Optional.of(randomUser());
                events.add(new IssueEvent.AssigneeChanged(at, Optional.of(randomUser()), assignee, to));
                assignee = to;
            } else if (kind < 70) {
                StatusRef to = status.equals(OPEN) ? WORKING : OPEN;
                events.add(new IssueEvent.StatusChanged(at, Optional.empty(), status, to));
                status = to;
            } else if (kind < 90) {
                events.add(new IssueEvent.Commented(at, Optional.of(randomUser()), random.nextInt(10) == 0));
            } else if (resolved) {
                events.add(new IssueEvent.ResolutionCleared(at, Optional.empty()));
                resolved = false;
            } else {
                events.add(new IssueEvent.ResolutionSet(at, Optional.empty(), "Fixed"));
                resolved = true;
            }
        }
        if (!resolved && random.nextInt(5) != 0) {
            events.add(new IssueEvent.ResolutionSet(at.plusSeconds(3600), Optional.empty(), "Done"));
            events.add(new IssueEvent.StatusChanged(at.plusSeconds(3600), Optional.empty(), status, DONE));
        }
        Optional<StandardAttainment> attainment = Optional.empty();
        if (random.nextInt(10) < 7) {
            int completed = 1 + random.nextInt(3);
            attainment = Optional.of(new StandardAttainment(random.nextInt(completed + 1), completed));
        }
        OptionalInt rating = random.nextBoolean() ? OptionalInt.of(1 + random.nextInt(5)) : OptionalInt.empty();
        IssueTimeline timeline = new IssueTimeline(
                id, "SUP-" + id, FACTS, Optional.of(randomUser()), created, OPEN, initialAssignee, events);
        return new AccountabilityInput(timeline, attainment, rating);
    }

    private UserKey randomUser() {
        return users.get(random.nextInt(users.size()));
    }
}
