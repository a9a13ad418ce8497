package io.serviceculture.plugin.testing;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.serviceculture.plugin.accountability.persistence.RatingAO;
import io.serviceculture.plugin.kudos.persistence.KudosAO;
import io.serviceculture.plugin.kudos.persistence.KudosModerationAO;
import io.serviceculture.plugin.kudos.persistence.KudosReactionAO;
import io.serviceculture.plugin.kudos.persistence.KudosReceiverAO;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;

/** Writes kudos-side rows straight into their tables, for tests of adapters that read or delete them. */
public final class KudosRows {
    private final ActiveObjects ao;
    private int next;

    public KudosRows(ActiveObjects ao) {
        this.ao = ao;
    }

    /** A kudos from the giver to one person, given at {@code at}; returns its id. */
    public long kudos(String giverKey, String receiverKey, String message, Instant at) {
        next++;
        Map<String, Object> columns = new HashMap<>();
        columns.put(KudosAO.COLUMN_GIVER_KEY, giverKey);
        columns.put(KudosAO.COLUMN_VALUE_ID, "own-it");
        columns.put(KudosAO.COLUMN_MESSAGE, message);
        columns.put(KudosAO.COLUMN_VISIBILITY, "PUBLIC");
        columns.put(KudosAO.COLUMN_GIVEN_AT, Date.from(at));
        columns.put(KudosAO.COLUMN_WEEK, "2026-W01");
        columns.put(KudosAO.COLUMN_SLOT, giverKey + "|" + next);
        columns.put(KudosAO.COLUMN_CLIENT_REQUEST_ID, "request-" + next);
        columns.put(KudosAO.COLUMN_REQUEST_KEY, giverKey + "|request-" + next);
        long id = ao.create(KudosAO.class, columns).getID();
        Map<String, Object> receiver = new HashMap<>();
        receiver.put(KudosReceiverAO.COLUMN_KUDOS_ID, id);
        receiver.put(KudosReceiverAO.COLUMN_RECEIVER_ID, "user:" + receiverKey);
        ao.create(KudosReceiverAO.class, receiver);
        return id;
    }

    public void reaction(long kudosId, String userKey, Instant at) {
        Map<String, Object> columns = new HashMap<>();
        columns.put(KudosReactionAO.COLUMN_KUDOS_ID, kudosId);
        columns.put(KudosReactionAO.COLUMN_USER_KEY, userKey);
        columns.put(KudosReactionAO.COLUMN_REACTION_KEY, kudosId + "|" + userKey);
        columns.put(KudosReactionAO.COLUMN_CREATED_AT, Date.from(at));
        ao.create(KudosReactionAO.class, columns);
    }

    /** Hides the kudos as moderation does: the kudos row says so, and a moderation row keeps the record. */
    public void hide(long kudosId, String moderatorKey, String reason, Instant at) {
        KudosAO kudos = ao.get(KudosAO.class, (int) kudosId);
        kudos.setHiddenBy(moderatorKey);
        kudos.setHiddenReason(reason);
        kudos.setHiddenAt(Date.from(at));
        kudos.save();
        Map<String, Object> columns = new HashMap<>();
        columns.put(KudosModerationAO.COLUMN_KUDOS_ID, kudosId);
        columns.put(KudosModerationAO.COLUMN_MODERATOR_KEY, moderatorKey);
        columns.put(KudosModerationAO.COLUMN_REASON, reason);
        columns.put(KudosModerationAO.COLUMN_HIDDEN_AT, Date.from(at));
        ao.create(KudosModerationAO.class, columns);
    }

    public void rating(long issueId, String raterKey, int stars, Instant at) {
        Map<String, Object> columns = new HashMap<>();
        columns.put(RatingAO.COLUMN_ISSUE_ID, issueId);
        columns.put(RatingAO.COLUMN_RATER_KEY, raterKey);
        columns.put(RatingAO.COLUMN_STARS, stars);
        columns.put(RatingAO.COLUMN_CREATED_AT, Date.from(at));
        columns.put(RatingAO.COLUMN_UPDATED_AT, Date.from(at));
        ao.create(RatingAO.class, columns);
    }

    public int count(Class<? extends net.java.ao.RawEntity<Integer>> table) {
        return ao.count(table);
    }
}
