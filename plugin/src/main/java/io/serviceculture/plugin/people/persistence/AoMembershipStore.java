package io.serviceculture.plugin.people.persistence;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.cache.CacheManager;
import io.serviceculture.core.people.LoadMembershipPort;
import io.serviceculture.core.people.MembershipPeriod;
import io.serviceculture.core.people.SaveMembershipPort;
import io.serviceculture.core.people.TeamHistory;
import io.serviceculture.core.people.TeamKey;
import io.serviceculture.core.people.UserKey;
import io.serviceculture.plugin.persistence.ClusteredValue;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.inject.Inject;
import javax.inject.Named;
import net.java.ao.Query;

/**
 * Membership periods and primary teams in Active Objects tables. Opening is check-then-insert; should two nodes
 * ever open the same period at once, closing ends every open row of the pair, so the duplicate does no harm.
 *
 * <p>Every report, insight and rebuild reads the whole team history (tens of thousands of periods), and
 * memberships change rarely, so with the cache manager the history is held on each node in Jira's
 * cluster-invalidated cache: every write here that changes a row empties it on every node once it has committed,
 * as does {@link #invalidate()} for writes made elsewhere (a user key change).
 */
@Named
public final class AoMembershipStore implements LoadMembershipPort, SaveMembershipPort {
    static final String CACHE = AoMembershipStore.class.getName() + ".history";

    /** Keeps IN lists well below every database's limit on bound parameters. */
    private static final int CHUNK = 500;

    private static final String ORDER = TeamMemberAO.COLUMN_STARTED_AT + " ASC, " + TeamMemberAO.COLUMN_ID + " ASC";

    private final ActiveObjects ao;
    private final ClusteredValue<TeamHistory> history;

    @Inject
    public AoMembershipStore(ActiveObjects ao, CacheManager caches) {
        this.ao = ao;
        this.history = ClusteredValue.cached(caches, CACHE, this::readHistory);
    }

    /** Uncached, reading the tables each time: for tests of the tables themselves. */
    public AoMembershipStore(ActiveObjects ao) {
        this.ao = ao;
        this.history = ClusteredValue.uncached(this::readHistory);
    }

    /** Tells every node that periods or primary teams changed; call it after the transaction that changed them. */
    public void invalidate() {
        history.invalidate();
    }

    @Override
    public TeamHistory history() {
        return history.get();
    }

    private TeamHistory readHistory() {
        return TeamHistory.of(allPeriods(), primaryTeams());
    }

    @Override
    public List<MembershipPeriod> periodsOfUsers(Collection<UserKey> users) {
        return periodsWhereIn(
                TeamMemberAO.COLUMN_USER_KEY, users.stream().map(UserKey::value).toList());
    }

    @Override
    public List<MembershipPeriod> periodsOfTeams(Collection<TeamKey> teams) {
        return periodsWhereIn(
                TeamMemberAO.COLUMN_TEAM, teams.stream().map(TeamKey::groupName).toList());
    }

    @Override
    public List<MembershipPeriod> openPeriods() {
        return toPeriods(ao.find(
                TeamMemberAO.class,
                Query.select().where(TeamMemberAO.COLUMN_ENDED_AT + " IS NULL").order(ORDER)));
    }

    @Override
    public List<MembershipPeriod> allPeriods() {
        return toPeriods(ao.find(TeamMemberAO.class, Query.select().order(ORDER)));
    }

    @Override
    public Map<UserKey, TeamKey> primaryTeams() {
        Map<UserKey, TeamKey> primary = new HashMap<>();
        for (PrimaryTeamAO row : ao.find(PrimaryTeamAO.class)) {
            primary.put(UserKey.of(row.getUserKey()), TeamKey.of(row.getTeam()));
        }
        return primary;
    }

    @Override
    public void openPeriod(UserKey user, TeamKey team, Instant from) {
        boolean opened = ao.executeInTransaction(() -> {
            if (openRows(user, team).length > 0) {
                return false;
            }
            Map<String, Object> columns = new HashMap<>();
            columns.put(TeamMemberAO.COLUMN_USER_KEY, user.value());
            columns.put(TeamMemberAO.COLUMN_TEAM, team.groupName());
            columns.put(TeamMemberAO.COLUMN_STARTED_AT, Date.from(from));
            ao.create(TeamMemberAO.class, columns);
            return true;
        });
        // a reconciliation reopens thousands of periods that are open already: those change nothing to forget
        if (opened) {
            invalidate();
        }
    }

    @Override
    public void closePeriod(UserKey user, TeamKey team, Instant to) {
        int closed = ao.executeInTransaction(() -> {
            TeamMemberAO[] rows = openRows(user, team);
            for (TeamMemberAO row : rows) {
                // a clock running behind on another node must not end a period before it started
                Instant started = row.getStartedAt().toInstant();
                row.setEndedAt(Date.from(to.isBefore(started) ? started : to));
                row.save();
            }
            return rows.length;
        });
        if (closed > 0) {
            invalidate();
        }
    }

    /** Sets the person's primary team, or clears it when {@code team} is empty. */
    public void setPrimaryTeam(UserKey user, Optional<TeamKey> team) {
        ao.executeInTransaction(() -> {
            ao.deleteWithSQL(PrimaryTeamAO.class, PrimaryTeamAO.COLUMN_USER_KEY + " = ?", user.value());
            team.ifPresent(t -> {
                Map<String, Object> columns = new HashMap<>();
                columns.put(PrimaryTeamAO.COLUMN_USER_KEY, user.value());
                columns.put(PrimaryTeamAO.COLUMN_TEAM, t.groupName());
                ao.create(PrimaryTeamAO.class, columns);
            });
            return null;
        });
        invalidate();
    }

    private TeamMemberAO[] openRows(UserKey user, TeamKey team) {
        return ao.find(
                TeamMemberAO.class,
                Query.select()
                        .where(
                                TeamMemberAO.COLUMN_USER_KEY + " = ? AND " + TeamMemberAO.COLUMN_TEAM + " = ? AND "
                                        + TeamMemberAO.COLUMN_ENDED_AT + " IS NULL",
                                user.value(),
                                team.groupName()));
    }

    private List<MembershipPeriod> periodsWhereIn(String column, List<String> values) {
        List<MembershipPeriod> periods = new ArrayList<>();
        for (int start = 0; start < values.size(); start += CHUNK) {
            List<String> chunk = values.subList(start, Math.min(values.size(), start + CHUNK));
            String placeholders = String.join(",", java.util.Collections.nCopies(chunk.size(), "?"));
            periods.addAll(toPeriods(ao.find(
                    TeamMemberAO.class,
                    Query.select()
                            .where(column + " IN (" + placeholders + ")", chunk.toArray())
                            .order(ORDER))));
        }
        return periods;
    }

    private static List<MembershipPeriod> toPeriods(TeamMemberAO[] rows) {
        List<MembershipPeriod> periods = new ArrayList<>(rows.length);
        for (TeamMemberAO row : rows) {
            UserKey user = UserKey.of(row.getUserKey());
            TeamKey team = TeamKey.of(row.getTeam());
            Instant from = row.getStartedAt().toInstant();
            Date end = row.getEndedAt();
            periods.add(
                    end == null
                            ? MembershipPeriod.open(user, team, from)
                            : MembershipPeriod.closed(user, team, from, end.toInstant()));
        }
        return periods;
    }
}
