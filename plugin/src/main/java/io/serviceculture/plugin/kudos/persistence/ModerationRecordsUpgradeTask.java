package io.serviceculture.plugin.kudos.persistence;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.activeobjects.external.ModelVersion;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import net.java.ao.Query;

/**
 * Model version 1: every hidden kudos gets its moderation record. The first schema (milestone 1) already had the
 * kudos row's {@code HIDDEN_BY}, {@code HIDDEN_REASON} and {@code HIDDEN_AT}; {@code KUDOS_MOD}, the record of who
 * hid a kudos, when and why, came later, so kudos hidden before it have none. This copies each such kudos row's
 * moderation into {@code KUDOS_MOD}, in batches of ids, and leaves the kudos rows as they are. Running it again
 * adds nothing: a kudos that has a record is skipped (its {@code KUDOS_ID} is unique anyway).
 */
public final class ModerationRecordsUpgradeTask implements ActiveObjectsUpgradeTask {
    static final ModelVersion VERSION = ModelVersion.valueOf("1");
    static final int BATCH = 500;
    /** AO stores an empty string as NULL and the reason is NOT NULL: a hidden kudos without a reason gets this. */
    static final String NO_REASON = "-";

    @Override
    public ModelVersion getModelVersion() {
        return VERSION;
    }

    @Override
    @SuppressWarnings("unchecked") // migrate only reads the entity classes
    public void upgrade(ModelVersion currentVersion, ActiveObjects ao) {
        ao.migrate(KudosAO.class, KudosModerationAO.class);
        long after = 0;
        while (true) {
            KudosAO[] hidden = ao.find(
                    KudosAO.class,
                    Query.select()
                            .where(
                                    KudosAO.COLUMN_HIDDEN_AT + " IS NOT NULL AND " + KudosAO.COLUMN_HIDDEN_BY
                                            + " IS NOT NULL AND " + KudosAO.COLUMN_ID + " > ?",
                                    after)
                            .order(KudosAO.COLUMN_ID + " ASC")
                            .limit(BATCH));
            if (hidden.length == 0) {
                return;
            }
            Set<Long> recorded = recordedBetween(ao, hidden[0].getID(), hidden[hidden.length - 1].getID());
            for (KudosAO row : hidden) {
                if (!recorded.contains((long) row.getID())) {
                    record(ao, row);
                }
            }
            after = hidden[hidden.length - 1].getID();
        }
    }

    private static Set<Long> recordedBetween(ActiveObjects ao, long firstId, long lastId) {
        Set<Long> ids = new HashSet<>();
        for (KudosModerationAO record : ao.find(
                KudosModerationAO.class,
                KudosModerationAO.COLUMN_KUDOS_ID + " >= ? AND " + KudosModerationAO.COLUMN_KUDOS_ID + " <= ?",
                firstId,
                lastId)) {
            ids.add(record.getKudosId());
        }
        return ids;
    }

    private static void record(ActiveObjects ao, KudosAO row) {
        String reason = row.getHiddenReason();
        Date hiddenAt = row.getHiddenAt();
        String hiddenBy = row.getHiddenBy();
        if (hiddenAt == null || hiddenBy == null) {
            return;
        }
        Map<String, Object> columns = new HashMap<>();
        columns.put(KudosModerationAO.COLUMN_KUDOS_ID, (long) row.getID());
        columns.put(KudosModerationAO.COLUMN_MODERATOR_KEY, hiddenBy);
        columns.put(KudosModerationAO.COLUMN_REASON, reason == null || reason.isBlank() ? NO_REASON : reason);
        columns.put(KudosModerationAO.COLUMN_HIDDEN_AT, hiddenAt);
        ao.create(KudosModerationAO.class, columns);
    }
}
