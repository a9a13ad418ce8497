package io.serviceculture.core.people;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Keeps the stored membership periods in step with Jira's groups. Membership events open and close periods as
 * they happen; the nightly job calls {@link #reconcile} with the current members of every team, which repairs
 * whatever events were missed (a node down, a directory sync, a team newly marked or unmarked).
 */
public final class MembershipReconciler {
    private final LoadMembershipPort load;
    private final SaveMembershipPort save;
    private final Clock clock;

    public MembershipReconciler(LoadMembershipPort load, SaveMembershipPort save, Clock clock) {
        this.load = load;
        this.save = save;
        this.clock = clock;
    }

    /** What a reconciliation changed. */
    public record Changes(List<Membership> opened, List<Membership> closed) {
        public Changes {
            opened = List.copyOf(opened);
            closed = List.copyOf(closed);
        }

        public boolean isEmpty() {
            return opened.isEmpty() && closed.isEmpty();
        }
    }

    /** A person in a team. */
    public record Membership(UserKey user, TeamKey team) {}

    /**
     * Seeds the periods of a team an admin has just marked. Jira keeps no history of group membership, so each
     * current member is taken to have been in the team since the start of history, or since their last period in
     * it ended if the team was marked before; work done before the team was marked is then attributed to it, as
     * admins expect when they set the app up on a Jira with years of issues. Changes from now on are recorded as
     * they happen.
     */
    public void teamMarked(TeamKey team, Set<UserKey> members) {
        Map<UserKey, Instant> lastLeft = new HashMap<>();
        for (MembershipPeriod period : load.periodsOfTeams(List.of(team))) {
            period.to().ifPresent(to -> lastLeft.merge(period.user(), to, (a, b) -> a.isAfter(b) ? a : b));
        }
        for (UserKey member : members) {
            save.openPeriod(member, team, lastLeft.getOrDefault(member, Instant.EPOCH));
        }
    }

    public void memberAdded(UserKey user, TeamKey team) {
        save.openPeriod(user, team, clock.instant());
    }

    public void memberRemoved(UserKey user, TeamKey team) {
        save.closePeriod(user, team, clock.instant());
    }

    /**
     * Closes the open periods of people no longer in a team (and of teams no longer marked as teams), and opens
     * periods for members without one, all at the current instant.
     *
     * @param currentMembers every team an admin marked, with its members as Jira reports them now
     */
    public Changes reconcile(Map<TeamKey, Set<UserKey>> currentMembers) {
        Instant now = clock.instant();
        Set<Membership> stored = new HashSet<>();
        for (MembershipPeriod period : load.openPeriods()) {
            stored.add(new Membership(period.user(), period.team()));
        }
        Set<Membership> current = new HashSet<>();
        currentMembers.forEach((team, users) -> users.forEach(user -> current.add(new Membership(user, team))));

        List<Membership> closed = stored.stream()
                .filter(m -> !current.contains(m))
                .sorted(MembershipReconciler::byTeamThenUser)
                .toList();
        List<Membership> opened = current.stream()
                .filter(m -> !stored.contains(m))
                .sorted(MembershipReconciler::byTeamThenUser)
                .toList();
        closed.forEach(m -> save.closePeriod(m.user(), m.team(), now));
        opened.forEach(m -> save.openPeriod(m.user(), m.team(), now));
        return new Changes(opened, closed);
    }

    private static int byTeamThenUser(Membership a, Membership b) {
        int byTeam = a.team().compareTo(b.team());
        return byTeam != 0 ? byTeam : a.user().compareTo(b.user());
    }
}
