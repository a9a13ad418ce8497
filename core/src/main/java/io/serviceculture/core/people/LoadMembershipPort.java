package io.serviceculture.core.people;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Reads the membership periods the app stored, and the primary teams an admin set, from which a
 * {@link TeamHistory} is built.
 */
public interface LoadMembershipPort {
    /** Every period of the given people, open or closed. */
    List<MembershipPeriod> periodsOfUsers(Collection<UserKey> users);

    /** Every period in the given teams, open or closed. */
    List<MembershipPeriod> periodsOfTeams(Collection<TeamKey> teams);

    /** The periods still open, in any team: the app's view of who is in which team now. */
    List<MembershipPeriod> openPeriods();

    /** Every stored period, for a full rebuild of the figures that attribute work to teams. */
    List<MembershipPeriod> allPeriods();

    /** The primary team an admin set per person; people without one are absent. */
    Map<UserKey, TeamKey> primaryTeams();

    /**
     * Every period and primary team as one history. Reports, insights and rebuilds each need the whole of it, so a
     * store may hold it, as long as every change to periods or primary teams makes it read again.
     */
    default TeamHistory history() {
        return TeamHistory.of(allPeriods(), primaryTeams());
    }
}
