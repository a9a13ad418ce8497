package io.serviceculture.core.testing;

import io.serviceculture.core.people.LoadMembershipPort;
import io.serviceculture.core.people.MembershipPeriod;
import io.serviceculture.core.people.SaveMembershipPort;
import io.serviceculture.core.people.TeamKey;
import io.serviceculture.core.people.UserKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Membership periods in a list, with the idempotent open and close the real store has. */
public final class InMemoryMembershipStore implements LoadMembershipPort, SaveMembershipPort {
    private final List<MembershipPeriod> periods = new ArrayList<>();
    private final Map<UserKey, TeamKey> primaryTeams = new HashMap<>();

    public InMemoryMembershipStore with(MembershipPeriod period) {
        periods.add(period);
        return this;
    }

    public InMemoryMembershipStore withPrimaryTeam(UserKey user, TeamKey team) {
        primaryTeams.put(user, team);
        return this;
    }

    @Override
    public synchronized void openPeriod(UserKey user, TeamKey team, Instant from) {
        boolean open = periods.stream()
                .anyMatch(p -> p.isOpen() && p.user().equals(user) && p.team().equals(team));
        if (!open) {
            periods.add(MembershipPeriod.open(user, team, from));
        }
    }

    @Override
    public synchronized void closePeriod(UserKey user, TeamKey team, Instant to) {
        periods.replaceAll(p -> p.isOpen() && p.user().equals(user) && p.team().equals(team) ? p.closedAt(to) : p);
    }

    @Override
    public List<MembershipPeriod> periodsOfUsers(Collection<UserKey> users) {
        return periods.stream().filter(p -> users.contains(p.user())).toList();
    }

    @Override
    public List<MembershipPeriod> periodsOfTeams(Collection<TeamKey> teams) {
        return periods.stream().filter(p -> teams.contains(p.team())).toList();
    }

    @Override
    public List<MembershipPeriod> openPeriods() {
        return periods.stream().filter(MembershipPeriod::isOpen).toList();
    }

    @Override
    public List<MembershipPeriod> allPeriods() {
        return List.copyOf(periods);
    }

    @Override
    public Map<UserKey, TeamKey> primaryTeams() {
        return Map.copyOf(primaryTeams);
    }
}
