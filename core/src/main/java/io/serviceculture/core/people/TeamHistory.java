package io.serviceculture.core.people;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Who was in which team when, and which team each person's work is attributed to. Built from the stored
 * membership periods and the primary teams an admin set; immutable, so one instance can serve many
 * concurrent readers. People with no periods (deleted users, people in no team) belong to no team.
 */
public final class TeamHistory {
    private static final MembershipPeriod[] NONE = new MembershipPeriod[0];

    private final Map<UserKey, MembershipPeriod[]> periodsByUser;
    private final Map<UserKey, TeamKey> primaryTeams;

    private TeamHistory(Map<UserKey, MembershipPeriod[]> periodsByUser, Map<UserKey, TeamKey> primaryTeams) {
        this.periodsByUser = periodsByUser;
        this.primaryTeams = primaryTeams;
    }

    /**
     * @param primaryTeams the primary team an admin set per person; used only while the person is in it
     */
    public static TeamHistory of(Collection<MembershipPeriod> periods, Map<UserKey, TeamKey> primaryTeams) {
        Map<UserKey, List<MembershipPeriod>> grouped = new HashMap<>();
        for (MembershipPeriod period : periods) {
            grouped.computeIfAbsent(period.user(), u -> new ArrayList<>()).add(period);
        }
        Map<UserKey, MembershipPeriod[]> byUser = new HashMap<>();
        grouped.forEach((user, list) -> {
            list.sort(Comparator.comparing(MembershipPeriod::from).thenComparing(MembershipPeriod::team));
            byUser.put(user, list.toArray(NONE));
        });
        return new TeamHistory(byUser, Map.copyOf(primaryTeams));
    }

    /** The history as stored now, for a rebuild or after a reconciliation. */
    public static TeamHistory load(LoadMembershipPort port) {
        return port.history();
    }

    public static TeamHistory empty() {
        return of(List.of(), Map.of());
    }

    /** The teams the person was in at the instant, alphabetically. */
    public List<TeamKey> teamsAt(UserKey user, Instant instant) {
        TreeSet<TeamKey> teams = new TreeSet<>();
        for (MembershipPeriod period : periodsByUser.getOrDefault(user, NONE)) {
            if (period.covers(instant)) {
                teams.add(period.team());
            }
        }
        return List.copyOf(teams);
    }

    /**
     * The team the person's work at the instant is attributed to: the primary team an admin set if the person
     * was in it then, else the first of their teams alphabetically.
     */
    public Optional<TeamKey> primaryTeamAt(UserKey user, Instant instant) {
        TeamKey chosen = primaryTeams.get(user);
        boolean inChosen = false;
        TeamKey first = null;
        for (MembershipPeriod period : periodsByUser.getOrDefault(user, NONE)) {
            if (!period.covers(instant)) {
                continue;
            }
            if (period.team().equals(chosen)) {
                inChosen = true;
            }
            if (first == null || period.team().compareTo(first) < 0) {
                first = period.team();
            }
        }
        return inChosen ? Optional.of(chosen) : Optional.ofNullable(first);
    }

    /** The provider team at a moment: the assignee's primary team then; none while unassigned. */
    public Optional<TeamKey> providerTeamAt(Optional<UserKey> assignee, Instant instant) {
        return assignee.flatMap(user -> primaryTeamAt(user, instant));
    }

    /** The client (requesting) team of an issue: the reporter's primary team when the issue was created. */
    public Optional<TeamKey> clientTeam(Optional<UserKey> reporter, Instant created) {
        return reporter.flatMap(user -> primaryTeamAt(user, created));
    }

    /** Everyone who was in the team at any time, in no particular order. */
    public Set<UserKey> everMembersOf(TeamKey team) {
        Set<UserKey> members = new HashSet<>();
        periodsByUser.forEach((user, periods) -> {
            for (MembershipPeriod period : periods) {
                if (period.team().equals(team)) {
                    members.add(user);
                    return;
                }
            }
        });
        return members;
    }

    /** Whether the person was in the team at the instant. */
    public boolean isMember(UserKey user, TeamKey team, Instant instant) {
        for (MembershipPeriod period : periodsByUser.getOrDefault(user, NONE)) {
            if (period.team().equals(team) && period.covers(instant)) {
                return true;
            }
        }
        return false;
    }
}
