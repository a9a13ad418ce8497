package io.serviceculture.plugin.retention.persistence;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.serviceculture.core.retention.RetentionPurgePort;
import io.serviceculture.plugin.accountability.persistence.RatingAO;
import io.serviceculture.plugin.kudos.persistence.KudosAO;
import io.serviceculture.plugin.kudos.persistence.KudosModerationAO;
import io.serviceculture.plugin.kudos.persistence.KudosReactionAO;
import io.serviceculture.plugin.kudos.persistence.KudosReceiverAO;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import javax.inject.Inject;
import javax.inject.Named;
import net.java.ao.Query;

/**
 * Deletes the oldest kudos and ratings a batch at a time, each batch in its own transaction: the rows of a kudos
 * (receivers, reactions, moderation) go in the same transaction as the kudos, so none is ever left behind.
 */
@Named
public class AoRetentionPurge implements RetentionPurgePort {
    private final ActiveObjects ao;

    @Inject
    public AoRetentionPurge(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public int purgeKudosGivenBefore(Instant cutoff, int limit) {
        return ao.executeInTransaction(() -> {
            KudosAO[] old = ao.find(
                    KudosAO.class,
                    Query.select(KudosAO.COLUMN_ID)
                            .where(KudosAO.COLUMN_GIVEN_AT + " < ?", Date.from(cutoff))
                            .order(KudosAO.COLUMN_ID + " ASC")
                            .limit(limit));
            if (old.length == 0) {
                return 0;
            }
            Object[] ids = Arrays.stream(old).map(row -> (Object) row.getID()).toArray();
            String in = " IN (" + placeholders(ids.length) + ")";
            ao.deleteWithSQL(KudosReceiverAO.class, KudosReceiverAO.COLUMN_KUDOS_ID + in, ids);
            ao.deleteWithSQL(KudosReactionAO.class, KudosReactionAO.COLUMN_KUDOS_ID + in, ids);
            ao.deleteWithSQL(KudosModerationAO.class, KudosModerationAO.COLUMN_KUDOS_ID + in, ids);
            ao.deleteWithSQL(KudosAO.class, KudosAO.COLUMN_ID + in, ids);
            return old.length;
        });
    }

    @Override
    public int purgeRatingsBefore(Instant cutoff, int limit) {
        return ao.executeInTransaction(() -> {
            RatingAO[] old = ao.find(
                    RatingAO.class,
                    Query.select(RatingAO.COLUMN_ID)
                            .where(RatingAO.COLUMN_UPDATED_AT + " < ?", Date.from(cutoff))
                            .order(RatingAO.COLUMN_ID + " ASC")
                            .limit(limit));
            if (old.length == 0) {
                return 0;
            }
            Object[] ids = Arrays.stream(old).map(row -> (Object) row.getID()).toArray();
            ao.deleteWithSQL(RatingAO.class, RatingAO.COLUMN_ID + " IN (" + placeholders(ids.length) + ")", ids);
            return old.length;
        });
    }

    private static String placeholders(int count) {
        List<String> marks = Collections.nCopies(count, "?");
        return String.join(", ", marks);
    }
}
