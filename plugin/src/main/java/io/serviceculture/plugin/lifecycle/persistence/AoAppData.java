package io.serviceculture.plugin.lifecycle.persistence;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.serviceculture.core.lifecycle.AppDataPort;
import io.serviceculture.core.lifecycle.StoredData;
import io.serviceculture.core.people.UserKey;
import io.serviceculture.plugin.accountability.persistence.ContributionAO;
import io.serviceculture.plugin.accountability.persistence.IssueFactsAO;
import io.serviceculture.plugin.accountability.persistence.RatingAO;
import io.serviceculture.plugin.commitments.persistence.CheckInAO;
import io.serviceculture.plugin.commitments.persistence.CommitmentAO;
import io.serviceculture.plugin.commitments.persistence.CommitmentLogAO;
import io.serviceculture.plugin.kudos.persistence.KudosAO;
import io.serviceculture.plugin.kudos.persistence.KudosModerationAO;
import io.serviceculture.plugin.kudos.persistence.KudosPreferenceAO;
import io.serviceculture.plugin.kudos.persistence.KudosReactionAO;
import io.serviceculture.plugin.kudos.persistence.KudosReceiverAO;
import io.serviceculture.plugin.people.persistence.AoManagers;
import io.serviceculture.plugin.people.persistence.AoMembershipStore;
import io.serviceculture.plugin.people.persistence.ManagerAO;
import io.serviceculture.plugin.people.persistence.PrimaryTeamAO;
import io.serviceculture.plugin.people.persistence.TeamLeadAO;
import io.serviceculture.plugin.people.persistence.TeamMemberAO;
import io.serviceculture.plugin.standards.persistence.AlertAO;
import io.serviceculture.plugin.standards.persistence.CycleAO;
import io.serviceculture.plugin.standards.persistence.RunningClockAO;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Consumer;
import javax.inject.Inject;
import javax.inject.Named;
import net.java.ao.Entity;
import net.java.ao.Query;

/**
 * The app's tables seen by issue id and by user key. Issue rows are deleted with SQL by id; person rows are read
 * and saved one by one, because several columns embed the key (a kudos slot {@code giver|week|n}, a request key
 * {@code giver|id}, a reaction key {@code kudos|person}, a receiver {@code user:key}, accountability's people
 * {@code |a|b|}) and must change with it, keeping their unique constraints true.
 */
@Named
public class AoAppData implements AppDataPort {
    private static final String PERSON_PREFIX = "user:";

    private final ActiveObjects ao;
    private final Runnable peopleChanged;

    @Inject
    public AoAppData(ActiveObjects ao, AoManagers managers, AoMembershipStore memberships) {
        this.ao = ao;
        this.peopleChanged = () -> {
            managers.invalidate();
            memberships.invalidate();
        };
    }

    /** Without caches of reporting lines, team leads and team history to empty: for tests of the tables themselves. */
    public AoAppData(ActiveObjects ao) {
        this.ao = ao;
        this.peopleChanged = () -> {};
    }

    @Override
    public Map<StoredData, Long> forgetIssue(long issueId) {
        return ao.executeInTransaction(() -> {
            Map<StoredData, Long> removed = new EnumMap<>(StoredData.class);
            put(removed, StoredData.SLA_CYCLES, deleteByIssue(CycleAO.class, CycleAO.COLUMN_ISSUE_ID, issueId));
            put(
                    removed,
                    StoredData.SLA_CLOCKS,
                    deleteByIssue(RunningClockAO.class, RunningClockAO.COLUMN_ISSUE_ID, issueId));
            put(removed, StoredData.SLA_ALERTS, deleteByIssue(AlertAO.class, AlertAO.COLUMN_ISSUE_ID, issueId));
            put(removed, StoredData.SERVICE_RATINGS, deleteByIssue(RatingAO.class, RatingAO.COLUMN_ISSUE_ID, issueId));
            put(
                    removed,
                    StoredData.ACCOUNTABILITY,
                    deleteByIssue(IssueFactsAO.class, IssueFactsAO.COLUMN_ISSUE_ID, issueId)
                            + deleteByIssue(ContributionAO.class, ContributionAO.COLUMN_ISSUE_ID, issueId));
            long unlinked = 0;
            for (KudosAO kudos : ao.find(KudosAO.class, KudosAO.COLUMN_ISSUE_ID + " = ?", issueId)) {
                kudos.setIssueId(null);
                kudos.save();
                unlinked++;
            }
            put(removed, StoredData.KUDOS_ISSUE_LINKS, unlinked);
            return removed;
        });
    }

    @Override
    public long rekeyIssue(long issueId, String newKey) {
        return ao.executeInTransaction(() -> {
            long changed = 0;
            for (AlertAO row : ao.find(AlertAO.class, AlertAO.COLUMN_ISSUE_ID + " = ?", issueId)) {
                row.setIssueKey(newKey);
                row.save();
                changed++;
            }
            for (IssueFactsAO row : ao.find(IssueFactsAO.class, IssueFactsAO.COLUMN_ISSUE_ID + " = ?", issueId)) {
                row.setIssueKey(newKey);
                row.save();
                changed++;
            }
            for (ContributionAO row : ao.find(ContributionAO.class, ContributionAO.COLUMN_ISSUE_ID + " = ?", issueId)) {
                row.setIssueKey(newKey);
                row.save();
                changed++;
            }
            return changed;
        });
    }

    @Override
    public SortedSet<Long> issueIds() {
        SortedSet<Long> ids = new TreeSet<>();
        ao.stream(CycleAO.class, idsOf(CycleAO.COLUMN_ISSUE_ID), row -> ids.add(row.getIssueId()));
        ao.stream(RunningClockAO.class, idsOf(RunningClockAO.COLUMN_ISSUE_ID), row -> ids.add(row.getIssueId()));
        ao.stream(AlertAO.class, idsOf(AlertAO.COLUMN_ISSUE_ID), row -> ids.add(row.getIssueId()));
        ao.stream(RatingAO.class, idsOf(RatingAO.COLUMN_ISSUE_ID), row -> ids.add(row.getIssueId()));
        ao.stream(IssueFactsAO.class, idsOf(IssueFactsAO.COLUMN_ISSUE_ID), row -> ids.add(row.getIssueId()));
        ao.stream(ContributionAO.class, idsOf(ContributionAO.COLUMN_ISSUE_ID), row -> ids.add(row.getIssueId()));
        ao.stream(
                KudosAO.class, idsOf(KudosAO.COLUMN_ISSUE_ID).where(KudosAO.COLUMN_ISSUE_ID + " IS NOT NULL"), row -> {
                    Long issueId = row.getIssueId();
                    if (issueId != null) {
                        ids.add(issueId);
                    }
                });
        return ids;
    }

    @Override
    public long count(StoredData kind, UserKey person) {
        String key = person.value();
        switch (kind) {
            case KUDOS_GIVEN:
                return ao.count(KudosAO.class, KudosAO.COLUMN_GIVER_KEY + " = ?", key);
            case KUDOS_RECEIVED:
                return ao.count(
                        KudosReceiverAO.class, KudosReceiverAO.COLUMN_RECEIVER_ID + " = ?", PERSON_PREFIX + key);
            case KUDOS_REACTIONS:
                return ao.count(KudosReactionAO.class, KudosReactionAO.COLUMN_USER_KEY + " = ?", key);
            case KUDOS_MODERATION:
                return (long) ao.count(KudosModerationAO.class, KudosModerationAO.COLUMN_MODERATOR_KEY + " = ?", key)
                        + ao.count(KudosAO.class, KudosAO.COLUMN_HIDDEN_BY + " = ?", key);
            case KUDOS_PREFERENCES:
                return ao.count(KudosPreferenceAO.class, KudosPreferenceAO.COLUMN_USER_KEY + " = ?", key);
            case COMMITMENTS:
                return ao.count(
                        CommitmentAO.class,
                        CommitmentAO.COLUMN_OWNER_KEY + " = ? OR " + CommitmentAO.COLUMN_UPDATED_BY + " = ? OR "
                                + CommitmentAO.COLUMN_SIGNED_BY + " = ?",
                        key,
                        key,
                        key);
            case COMMITMENT_CHECK_INS:
                return ao.count(CheckInAO.class, CheckInAO.COLUMN_AUTHOR_KEY + " = ?", key);
            case COMMITMENT_HISTORY:
                return ao.count(CommitmentLogAO.class, CommitmentLogAO.COLUMN_ACTOR_KEY + " = ?", key);
            case SERVICE_RATINGS:
                return ao.count(RatingAO.class, RatingAO.COLUMN_RATER_KEY + " = ?", key);
            case SLA_CYCLES:
                return ao.count(CycleAO.class, CycleAO.COLUMN_ASSIGNEE_KEY + " = ?", key);
            case ACCOUNTABILITY:
                return factsNaming(key).length;
            case TEAMS:
                return (long) ao.count(TeamMemberAO.class, TeamMemberAO.COLUMN_USER_KEY + " = ?", key)
                        + ao.count(TeamLeadAO.class, TeamLeadAO.COLUMN_USER_KEY + " = ?", key)
                        + ao.count(PrimaryTeamAO.class, PrimaryTeamAO.COLUMN_USER_KEY + " = ?", key);
            case REPORTING_LINES:
                return ao.count(
                        ManagerAO.class,
                        ManagerAO.COLUMN_USER_KEY + " = ? OR " + ManagerAO.COLUMN_MANAGER_KEY + " = ?",
                        key,
                        key);
            default:
                // issue-only kinds never name a person
                return 0;
        }
    }

    @Override
    public long changeUserKey(StoredData kind, UserKey from, UserKey to) {
        long changed = ao.executeInTransaction(() -> rewrite(kind, from.value(), to.value()));
        // the cached reporting lines, team leads and team history name people by key; every node must read them again
        if (changed > 0 && (kind == StoredData.TEAMS || kind == StoredData.REPORTING_LINES)) {
            peopleChanged.run();
        }
        return changed;
    }

    private long rewrite(StoredData kind, String from, String to) {
        switch (kind) {
            case KUDOS_GIVEN:
                return each(KudosAO.class, KudosAO.COLUMN_GIVER_KEY, from, row -> {
                    row.setGiverKey(to);
                    row.setSlot(swapPrefix(row.getSlot(), from, to));
                    row.setRequestKey(swapPrefix(row.getRequestKey(), from, to));
                });
            case KUDOS_RECEIVED:
                return each(
                        KudosReceiverAO.class,
                        KudosReceiverAO.COLUMN_RECEIVER_ID,
                        PERSON_PREFIX + from,
                        row -> row.setReceiverId(PERSON_PREFIX + to));
            case KUDOS_REACTIONS:
                return each(KudosReactionAO.class, KudosReactionAO.COLUMN_USER_KEY, from, row -> {
                    row.setUserKey(to);
                    row.setReactionKey(row.getKudosId() + "|" + to);
                });
            case KUDOS_MODERATION:
                return each(
                                KudosModerationAO.class,
                                KudosModerationAO.COLUMN_MODERATOR_KEY,
                                from,
                                row -> row.setModeratorKey(to))
                        + each(KudosAO.class, KudosAO.COLUMN_HIDDEN_BY, from, row -> row.setHiddenBy(to));
            case KUDOS_PREFERENCES:
                return each(
                        KudosPreferenceAO.class, KudosPreferenceAO.COLUMN_USER_KEY, from, row -> row.setUserKey(to));
            case COMMITMENTS:
                return each(CommitmentAO.class, CommitmentAO.COLUMN_OWNER_KEY, from, row -> row.setOwnerKey(to))
                        + each(CommitmentAO.class, CommitmentAO.COLUMN_UPDATED_BY, from, row -> row.setUpdatedBy(to))
                        + each(CommitmentAO.class, CommitmentAO.COLUMN_SIGNED_BY, from, row -> {
                            row.setSignedBy(to);
                            // anonymisation put the old key in place of the name; the name follows the key
                            if (from.equals(row.getSignedName())) {
                                row.setSignedName(to);
                            }
                        });
            case COMMITMENT_CHECK_INS:
                return each(CheckInAO.class, CheckInAO.COLUMN_AUTHOR_KEY, from, row -> row.setAuthorKey(to));
            case COMMITMENT_HISTORY:
                return each(CommitmentLogAO.class, CommitmentLogAO.COLUMN_ACTOR_KEY, from, row -> row.setActorKey(to));
            case SERVICE_RATINGS:
                return each(RatingAO.class, RatingAO.COLUMN_RATER_KEY, from, row -> row.setRaterKey(to));
            case SLA_CYCLES:
                return each(CycleAO.class, CycleAO.COLUMN_ASSIGNEE_KEY, from, row -> row.setAssigneeKey(to));
            case ACCOUNTABILITY:
                return rewritePeople(from, to);
            case TEAMS:
                return each(TeamMemberAO.class, TeamMemberAO.COLUMN_USER_KEY, from, row -> row.setUserKey(to))
                        + each(TeamLeadAO.class, TeamLeadAO.COLUMN_USER_KEY, from, row -> row.setUserKey(to))
                        + each(PrimaryTeamAO.class, PrimaryTeamAO.COLUMN_USER_KEY, from, row -> row.setUserKey(to));
            case REPORTING_LINES:
                return each(ManagerAO.class, ManagerAO.COLUMN_USER_KEY, from, row -> row.setUserKey(to))
                        + each(ManagerAO.class, ManagerAO.COLUMN_MANAGER_KEY, from, row -> row.setManagerKey(to));
            default:
                return 0;
        }
    }

    @Override
    public long replaceNamesByKey(UserKey person) {
        return ao.executeInTransaction(() -> each(
                CommitmentAO.class,
                CommitmentAO.COLUMN_SIGNED_BY,
                person.value(),
                row -> row.setSignedName(person.value())));
    }

    @Override
    public long countNames(UserKey person) {
        return ao.count(
                CommitmentAO.class,
                CommitmentAO.COLUMN_SIGNED_BY + " = ? AND " + CommitmentAO.COLUMN_SIGNED_NAME + " <> ?",
                person.value(),
                person.value());
    }

    private long rewritePeople(String from, String to) {
        long changed = 0;
        for (IssueFactsAO row : factsNaming(from)) {
            row.setPeople(row.getPeople().replace("|" + from + "|", "|" + to + "|"));
            row.save();
            changed++;
        }
        return changed;
    }

    private <E extends Entity> long each(Class<E> type, String column, String value, Consumer<E> change) {
        long changed = 0;
        for (E row : ao.find(type, column + " = ?", value)) {
            change.accept(row);
            row.save();
            changed++;
        }
        return changed;
    }

    private <E extends Entity> long deleteByIssue(Class<E> type, String column, long issueId) {
        return ao.deleteWithSQL(type, column + " = ?", issueId);
    }

    private static Query idsOf(String column) {
        return Query.select("ID, " + column);
    }

    private static void put(Map<StoredData, Long> counts, StoredData kind, long rows) {
        if (rows > 0) {
            counts.put(kind, rows);
        }
    }

    private static String swapPrefix(String value, String from, String to) {
        return value.startsWith(from + "|") ? to + value.substring(from.length()) : value;
    }

    /**
     * Accountability rows whose people list names the key. LIKE narrows them down (its wildcards in a key match
     * any character, as the accountability store does); the exact test is in Java, so an over-match never counts.
     */
    private IssueFactsAO[] factsNaming(String key) {
        String needle = "|" + key + "|";
        return Arrays.stream(ao.find(
                        IssueFactsAO.class,
                        IssueFactsAO.COLUMN_PEOPLE + " LIKE ?",
                        "%" + needle.replace("%", "_") + "%"))
                .filter(row -> row.getPeople().contains(needle))
                .toArray(IssueFactsAO[]::new);
    }
}
