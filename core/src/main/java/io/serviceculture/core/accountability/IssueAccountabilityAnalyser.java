package io.serviceculture.core.accountability;

import io.serviceculture.core.issues.IssueEvent;
import io.serviceculture.core.issues.IssueTimeline;
import io.serviceculture.core.people.TeamHistory;
import io.serviceculture.core.people.TeamKey;
import io.serviceculture.core.people.UserKey;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

/**
 * Works out one issue's accountability facts from its timeline, a pure function of the timeline, the team
 * history and the reopen window. The rules, and why, are in {@code docs/accountability.md}:
 *
 * <ul>
 *   <li>The issue is owned by the assignee's primary team at the moment they took it; a person who moves team
 *       while assigned does not move the issue.
 *   <li>Unassigned stretches, and assignees in no team (deleted users, people outside every team), are gaps
 *       that are skipped: A → gap → A is no hand-off, A → gap → B is one.
 *   <li>A resolution belongs to the team that owned the issue when it was set; clearing it within the reopen
 *       window charges that team a reopen.
 * </ul>
 */
public final class IssueAccountabilityAnalyser {
    private static final int RATING_POINTS = AccountabilityInput.MAX_RATING - AccountabilityInput.MIN_RATING;

    private final Duration reopenWindow;

    public IssueAccountabilityAnalyser(Duration reopenWindow) {
        this.reopenWindow = reopenWindow;
    }

    public IssueAccountability analyse(AccountabilityInput input, TeamHistory teams) {
        IssueTimeline timeline = input.timeline();
        List<TeamKey> providerTeams = new ArrayList<>(4);
        List<HandOff> handOffs = new ArrayList<>(2);
        List<Resolution> resolutions = new ArrayList<>(2);

        TeamKey owner = teamOf(timeline.initialAssignee(), timeline.created(), teams);
        if (owner != null) {
            providerTeams.add(owner);
        }
        Instant resolvedAt = null;
        TeamKey resolvedBy = null;
        for (IssueEvent event : timeline.events()) {
            if (event instanceof IssueEvent.AssigneeChanged change) {
                TeamKey taker = teamOf(change.to(), change.at(), teams);
                if (taker == null || taker.equals(owner)) {
                    continue;
                }
                if (owner != null) {
                    handOffs.add(new HandOff(owner, taker, change.at(), providerTeams.contains(taker)));
                }
                providerTeams.add(taker);
                owner = taker;
            } else if (event instanceof IssueEvent.ResolutionSet set) {
                // A change from one resolution to another is no new resolution.
                if (resolvedAt == null) {
                    resolvedAt = set.at();
                    resolvedBy = owner;
                }
            } else if (event instanceof IssueEvent.ResolutionCleared cleared && resolvedAt != null) {
                boolean reopen = !cleared.at().isAfter(resolvedAt.plus(reopenWindow));
                resolutions.add(
                        new Resolution(resolvedAt, Optional.ofNullable(resolvedBy), Optional.of(cleared.at()), reopen));
                resolvedAt = null;
                resolvedBy = null;
            }
        }
        if (resolvedAt != null) {
            resolutions.add(new Resolution(resolvedAt, Optional.ofNullable(resolvedBy), Optional.empty(), false));
        }
        boolean endToEnd = resolvedAt != null && resolvedBy != null && handOffs.isEmpty();
        Optional<TeamKey> client = teams.clientTeam(timeline.reporter(), timeline.created());
        List<Contribution> contributions = resolvedAt == null
                ? List.of()
                : contributions(input, client, providerTeams, resolutions, resolvedAt, endToEnd);
        return new IssueAccountability(
                timeline.issueId(),
                timeline.issueKey(),
                client,
                providerTeams,
                handOffs,
                resolutions,
                Optional.ofNullable(resolvedAt),
                Optional.ofNullable(resolvedBy),
                endToEnd,
                input.attainment(),
                input.rating(),
                contributions);
    }

    /**
     * Who owned the issue from its creation to {@code until}, stretch by stretch and without gaps, by the same rule
     * as the hand-offs: each assignee change gives the issue to the new assignee's primary team at that moment, and
     * an unassigned stretch, or an assignee in no team, is owned by nobody. Changes after {@code until} are ignored;
     * adjacent stretches of one owner are one.
     */
    public static List<Ownership> ownership(IssueTimeline timeline, TeamHistory teams, Instant until) {
        List<Ownership> stretches = new ArrayList<>(4);
        if (until.isBefore(timeline.created())) {
            return stretches;
        }
        Instant since = timeline.created();
        TeamKey owner = teamOf(timeline.initialAssignee(), since, teams);
        for (IssueEvent.AssigneeChanged change : timeline.eventsOf(IssueEvent.AssigneeChanged.class)) {
            if (change.at().isAfter(until)) {
                break;
            }
            TeamKey taker = teamOf(change.to(), change.at(), teams);
            if (Objects.equals(taker, owner)) {
                continue;
            }
            if (change.at().isAfter(since)) {
                append(stretches, new Ownership(new Interval(since, change.at()), Optional.ofNullable(owner)));
            }
            since = change.at();
            owner = taker;
        }
        append(stretches, new Ownership(new Interval(since, until), Optional.ofNullable(owner)));
        return stretches;
    }

    /** Two changes at one instant can hand the issue away and back: the owner's stretches then join up. */
    private static void append(List<Ownership> stretches, Ownership next) {
        int last = stretches.size() - 1;
        if (last >= 0 && stretches.get(last).team().equals(next.team())) {
            Interval joined = new Interval(
                    stretches.get(last).interval().from(), next.interval().to());
            stretches.set(last, new Ownership(joined, next.team()));
        } else {
            stretches.add(next);
        }
    }

    private static @Nullable TeamKey teamOf(Optional<UserKey> assignee, Instant at, TeamHistory teams) {
        return assignee.isEmpty()
                ? null
                : teams.primaryTeamAt(assignee.get(), at).orElse(null);
    }

    /**
     * The issue counts once for every team that owned it. Attainment and rating describe the whole service the
     * client got, so every owning team shares them; ownership counts for every owning team but is earned only
     * end to end; reopens go to the team whose resolution was reopened.
     */
    private static List<Contribution> contributions(
            AccountabilityInput input,
            Optional<TeamKey> client,
            List<TeamKey> providerTeams,
            List<Resolution> resolutions,
            Instant resolvedAt,
            boolean endToEnd) {
        Fraction attainment =
                input.attainment().map(a -> Fraction.of(a.met(), a.completed())).orElse(Fraction.NONE);
        OptionalInt stars = input.rating();
        Fraction rating = stars.isPresent()
                ? Fraction.of(stars.getAsInt() - AccountabilityInput.MIN_RATING, RATING_POINTS)
                : Fraction.NONE;
        List<Contribution> result = new ArrayList<>(providerTeams.size());
        for (int i = 0; i < providerTeams.size(); i++) {
            TeamKey team = providerTeams.get(i);
            if (providerTeams.subList(0, i).contains(team)) {
                continue;
            }
            long resolved = 0;
            long reopened = 0;
            for (Resolution resolution : resolutions) {
                if (resolution.team().isPresent() && resolution.team().get().equals(team)) {
                    resolved++;
                    if (resolution.reopen()) {
                        reopened++;
                    }
                }
            }
            Components components = new Components(
                    attainment, Fraction.of(endToEnd ? 1 : 0, 1), Fraction.of(reopened, resolved), rating);
            result.add(new Contribution(
                    input.timeline().issueId(), input.timeline().issueKey(), team, client, resolvedAt, components));
        }
        return result;
    }
}
