package io.serviceculture.plugin.kudos.persistence;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.serviceculture.core.kudos.CompanyValue;
import io.serviceculture.core.kudos.KudosStatisticsPort;
import io.serviceculture.core.kudos.Receiver;
import io.serviceculture.core.people.UserKey;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.inject.Inject;
import javax.inject.Named;
import net.java.ao.Query;

/**
 * Counts kudos in the database, one indexed count per company value, so a profile never loads a person's
 * whole history. The values are few; the kudos may be a million.
 */
@Named
public final class AoKudosStatistics implements KudosStatisticsPort {
    private static final String KUDOS = "K";
    private static final String RECEIVER = "R";

    private final ActiveObjects ao;
    private final AoCompanyValues values;

    @Inject
    public AoKudosStatistics(ActiveObjects ao, AoCompanyValues values) {
        this.ao = ao;
        this.values = values;
    }

    /**
     * One query for every value: the receiver's visible kudos are a person's few dozen, read by the receiver index
     * and counted here, where a count per value read the same rows once per value.
     */
    @Override
    public Map<String, Integer> countReceivedByValue(Receiver receiver) {
        KudosAO[] rows = ao.find(
                KudosAO.class,
                Query.select()
                        .alias(KudosAO.class, KUDOS)
                        .alias(KudosReceiverAO.class, RECEIVER)
                        .join(
                                KudosReceiverAO.class,
                                KUDOS + "." + KudosAO.COLUMN_ID + " = " + RECEIVER + "."
                                        + KudosReceiverAO.COLUMN_KUDOS_ID)
                        .where(
                                RECEIVER + "." + KudosReceiverAO.COLUMN_RECEIVER_ID + " = ? AND " + KUDOS + "."
                                        + KudosAO.COLUMN_HIDDEN_AT + " IS NULL",
                                receiver.id()));
        Map<String, Integer> byValue = new HashMap<>();
        for (KudosAO row : rows) {
            byValue.merge(row.getValueId(), 1, Integer::sum);
        }
        // in the values' order, as before, and only values that still exist
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (CompanyValue value : values.allValues()) {
            Integer count = byValue.get(value.id());
            if (count != null) {
                counts.put(value.id(), count);
            }
        }
        return counts;
    }

    /**
     * Reads the receiver rows of the period's visible kudos and counts them here: AO has no GROUP BY. A period is
     * a month of kudos, so this is thousands of rows, not the whole table.
     */
    @Override
    public Map<UserKey, Integer> countReceivedByPerson(Instant from, Instant to) {
        KudosReceiverAO[] rows = ao.find(
                KudosReceiverAO.class,
                Query.select()
                        .alias(KudosReceiverAO.class, RECEIVER)
                        .alias(KudosAO.class, KUDOS)
                        .join(
                                KudosAO.class,
                                KUDOS + "." + KudosAO.COLUMN_ID + " = " + RECEIVER + "."
                                        + KudosReceiverAO.COLUMN_KUDOS_ID)
                        .where(
                                KUDOS + "." + KudosAO.COLUMN_GIVEN_AT + " >= ? AND " + KUDOS + "."
                                        + KudosAO.COLUMN_GIVEN_AT + " < ? AND " + KUDOS + "."
                                        + KudosAO.COLUMN_HIDDEN_AT + " IS NULL AND " + RECEIVER + "."
                                        + KudosReceiverAO.COLUMN_RECEIVER_ID + " LIKE ?",
                                Date.from(from),
                                Date.from(to),
                                "user:%"));
        Map<UserKey, Integer> counts = new HashMap<>();
        for (KudosReceiverAO row : rows) {
            Receiver receiver = Receiver.parse(row.getReceiverId());
            if (receiver instanceof Receiver.PersonReceiver person) {
                counts.merge(person.user(), 1, Integer::sum);
            }
        }
        return counts;
    }

    @Override
    public int countGivenBy(UserKey giver, Instant from, Instant to) {
        return ao.count(
                KudosAO.class,
                Query.select()
                        .where(
                                KudosAO.COLUMN_GIVER_KEY + " = ? AND " + KudosAO.COLUMN_GIVEN_AT + " >= ? AND "
                                        + KudosAO.COLUMN_GIVEN_AT + " < ? AND " + KudosAO.COLUMN_HIDDEN_AT
                                        + " IS NULL",
                                giver.value(),
                                Date.from(from),
                                Date.from(to)));
    }
}
