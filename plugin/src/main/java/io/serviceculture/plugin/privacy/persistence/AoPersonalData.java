package io.serviceculture.plugin.privacy.persistence;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.serviceculture.core.kudos.Receiver;
import io.serviceculture.core.people.UserKey;
import io.serviceculture.plugin.accountability.persistence.RatingAO;
import io.serviceculture.plugin.kudos.persistence.KudosAO;
import io.serviceculture.plugin.kudos.persistence.KudosPreferenceAO;
import io.serviceculture.plugin.kudos.persistence.KudosReactionAO;
import io.serviceculture.plugin.kudos.persistence.KudosReceiverAO;
import io.serviceculture.plugin.privacy.StoredRows.Hidden;
import io.serviceculture.plugin.privacy.StoredRows.KudosRow;
import io.serviceculture.plugin.privacy.StoredRows.PreferenceRow;
import io.serviceculture.plugin.privacy.StoredRows.RatingRow;
import io.serviceculture.plugin.privacy.StoredRows.ReactionRow;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import javax.inject.Inject;
import javax.inject.Named;
import net.java.ao.Query;

/**
 * Reads every kudos-side and rating row about one person, for their own download only. Kudos they gave come with
 * hidden ones (they were told when it happened); kudos they received leave hidden ones out, as everywhere else.
 */
@Named
public class AoPersonalData {
    // keeps each IN list well under the bind-parameter limits of every database Jira supports
    private static final int CHUNK = 500;

    private final ActiveObjects ao;

    @Inject
    public AoPersonalData(ActiveObjects ao) {
        this.ao = ao;
    }

    public List<KudosRow> kudosGivenBy(UserKey person) {
        KudosAO[] rows = ao.find(
                KudosAO.class,
                Query.select()
                        .where(KudosAO.COLUMN_GIVER_KEY + " = ?", person.value())
                        .order(KudosAO.COLUMN_ID + " ASC"));
        return withDetails(Arrays.asList(rows));
    }

    public List<KudosRow> kudosReceivedBy(UserKey person) {
        KudosReceiverAO[] links = ao.find(
                KudosReceiverAO.class,
                KudosReceiverAO.COLUMN_RECEIVER_ID + " = ?",
                Receiver.person(person).id());
        List<Long> ids =
                Arrays.stream(links).map(KudosReceiverAO::getKudosId).sorted().toList();
        List<KudosAO> rows = new ArrayList<>();
        for (List<Long> chunk : chunks(ids)) {
            rows.addAll(Arrays.asList(ao.find(
                    KudosAO.class,
                    Query.select()
                            .where(
                                    KudosAO.COLUMN_ID + " IN (" + marks(chunk.size()) + ") AND "
                                            + KudosAO.COLUMN_HIDDEN_AT + " IS NULL",
                                    chunk.toArray())
                            .order(KudosAO.COLUMN_ID + " ASC"))));
        }
        return withDetails(rows);
    }

    public List<ReactionRow> reactionsBy(UserKey person) {
        return Arrays.stream(ao.find(
                        KudosReactionAO.class,
                        Query.select()
                                .where(KudosReactionAO.COLUMN_USER_KEY + " = ?", person.value())
                                .order(KudosReactionAO.COLUMN_KUDOS_ID + " ASC")))
                .map(row -> new ReactionRow(row.getKudosId(), row.getCreatedAt().toInstant()))
                .toList();
    }

    public Optional<PreferenceRow> preferencesOf(UserKey person) {
        return Arrays.stream(
                        ao.find(KudosPreferenceAO.class, KudosPreferenceAO.COLUMN_USER_KEY + " = ?", person.value()))
                .findFirst()
                .map(row -> new PreferenceRow(row.isLeaderboardOptOut(), row.isShowCounts(), row.getNoticesSeen()));
    }

    public List<RatingRow> ratingsBy(UserKey person) {
        return Arrays.stream(ao.find(
                        RatingAO.class,
                        Query.select()
                                .where(RatingAO.COLUMN_RATER_KEY + " = ?", person.value())
                                .order(RatingAO.COLUMN_ID + " ASC")))
                .map(row -> new RatingRow(
                        row.getIssueId(),
                        row.getStars(),
                        row.getRatingComment() == null ? "" : row.getRatingComment(),
                        row.getCreatedAt().toInstant(),
                        row.getUpdatedAt().toInstant()))
                .toList();
    }

    private List<KudosRow> withDetails(List<KudosAO> rows) {
        List<Long> ids = rows.stream().map(row -> (long) row.getID()).toList();
        Map<Long, List<String>> receivers = new HashMap<>();
        Map<Long, Integer> reactions = new HashMap<>();
        for (List<Long> chunk : chunks(ids)) {
            String in = " IN (" + marks(chunk.size()) + ")";
            for (KudosReceiverAO link : ao.find(
                    KudosReceiverAO.class,
                    Query.select()
                            .where(KudosReceiverAO.COLUMN_KUDOS_ID + in, chunk.toArray())
                            .order(KudosReceiverAO.COLUMN_ID + " ASC"))) {
                receivers
                        .computeIfAbsent(link.getKudosId(), id -> new ArrayList<>())
                        .add(link.getReceiverId());
            }
            for (KudosReactionAO reaction :
                    ao.find(KudosReactionAO.class, KudosReactionAO.COLUMN_KUDOS_ID + in, chunk.toArray())) {
                reactions.merge(reaction.getKudosId(), 1, Integer::sum);
            }
        }
        return rows.stream()
                .map(row -> new KudosRow(
                        row.getID(),
                        row.getGiverKey(),
                        receivers.getOrDefault((long) row.getID(), List.of()),
                        row.getValueId(),
                        row.getMessage(),
                        row.getIssueId() == null ? OptionalLong.empty() : OptionalLong.of(row.getIssueId()),
                        row.getVisibility(),
                        row.getGivenAt().toInstant(),
                        row.getHiddenAt() == null
                                ? Optional.empty()
                                : Optional.of(new Hidden(
                                        row.getHiddenAt().toInstant(),
                                        row.getHiddenReason() == null ? "" : row.getHiddenReason())),
                        reactions.getOrDefault((long) row.getID(), 0)))
                .toList();
    }

    private static List<List<Long>> chunks(List<Long> ids) {
        List<List<Long>> chunks = new ArrayList<>();
        for (int i = 0; i < ids.size(); i += CHUNK) {
            chunks.add(ids.subList(i, Math.min(ids.size(), i + CHUNK)));
        }
        return chunks;
    }

    private static String marks(int count) {
        return String.join(", ", Collections.nCopies(count, "?"));
    }
}
