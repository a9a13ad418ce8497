package io.serviceculture.plugin.reports.persistence;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.serviceculture.core.kudos.Kudos;
import io.serviceculture.core.kudos.Receiver;
import io.serviceculture.core.kudos.Visibility;
import io.serviceculture.core.people.UserKey;
import io.serviceculture.core.reports.KudosExportPort;
import io.serviceculture.core.reports.KudosExportQuery;
import io.serviceculture.plugin.kudos.persistence.KudosAO;
import io.serviceculture.plugin.kudos.persistence.KudosReceiverAO;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import javax.inject.Inject;
import javax.inject.Named;
import net.java.ao.Query;

/**
 * Reads kudos for HR reports straight from the kudos tables: one query per page by ascending {@code ID} after the
 * last id read (the primary key's index, so page n costs what page 1 does), and one for the page's receivers.
 * Hidden kudos are never read.
 */
@Named
public final class AoKudosExport implements KudosExportPort {
    private static final String K = "k";
    private static final String R = "r";

    private final ActiveObjects ao;

    @Inject
    public AoKudosExport(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public List<Kudos> kudosAfter(KudosExportQuery query, long afterId, int limit) {
        Criteria criteria = criteria(query, query.receiver().isPresent() ? K + "." : "");
        criteria.add(criteria.prefix + KudosAO.COLUMN_ID + " > ?", afterId);
        Query select = Query.select();
        if (query.receiver().isPresent()) {
            select = joinReceivers(select, KudosAO.class);
        }
        select = select.where(criteria.where(), criteria.params.toArray())
                .order(criteria.prefix + KudosAO.COLUMN_ID + " ASC")
                .limit(limit);
        KudosAO[] rows = ao.find(KudosAO.class, select);
        return withReceivers(rows);
    }

    @Override
    public long countReceiverRows(KudosExportQuery query) {
        Criteria criteria = criteria(query, K + ".");
        Query select = joinReceivers(Query.select(), KudosReceiverAO.class);
        return ao.count(KudosReceiverAO.class, select.where(criteria.where(), criteria.params.toArray()));
    }

    // both aliases, whichever table the query is on; a receiver criterion then filters the joined rows
    private static Query joinReceivers(Query select, Class<?> from) {
        String on = K + "." + KudosAO.COLUMN_ID + " = " + R + "." + KudosReceiverAO.COLUMN_KUDOS_ID;
        Query aliased = select.alias(KudosAO.class, K).alias(KudosReceiverAO.class, R);
        return from == KudosAO.class ? aliased.join(KudosReceiverAO.class, on) : aliased.join(KudosAO.class, on);
    }

    private static Criteria criteria(KudosExportQuery query, String prefix) {
        Criteria criteria = new Criteria(prefix);
        criteria.add(prefix + KudosAO.COLUMN_HIDDEN_AT + " IS NULL");
        query.givenFrom().ifPresent(from -> criteria.add(prefix + KudosAO.COLUMN_GIVEN_AT + " >= ?", Date.from(from)));
        query.givenBefore()
                .ifPresent(before -> criteria.add(prefix + KudosAO.COLUMN_GIVEN_AT + " < ?", Date.from(before)));
        query.valueId().ifPresent(value -> criteria.add(prefix + KudosAO.COLUMN_VALUE_ID + " = ?", value));
        query.giver().ifPresent(giver -> criteria.add(prefix + KudosAO.COLUMN_GIVER_KEY + " = ?", giver.value()));
        query.visibility()
                .ifPresent(visibility -> criteria.add(prefix + KudosAO.COLUMN_VISIBILITY + " = ?", visibility.name()));
        query.receiver()
                .ifPresent(
                        receiver -> criteria.add(R + "." + KudosReceiverAO.COLUMN_RECEIVER_ID + " = ?", receiver.id()));
        return criteria;
    }

    private List<Kudos> withReceivers(KudosAO[] rows) {
        if (rows.length == 0) {
            return List.of();
        }
        Object[] ids = new Object[rows.length];
        for (int i = 0; i < rows.length; i++) {
            ids[i] = (long) rows[i].getID();
        }
        Map<Long, List<Receiver>> receivers = new HashMap<>();
        KudosReceiverAO[] receiverRows = ao.find(
                KudosReceiverAO.class,
                Query.select()
                        .where(
                                KudosReceiverAO.COLUMN_KUDOS_ID + " IN ("
                                        + String.join(", ", Collections.nCopies(ids.length, "?")) + ")",
                                ids)
                        .order(KudosReceiverAO.COLUMN_ID + " ASC"));
        for (KudosReceiverAO receiver : receiverRows) {
            receivers
                    .computeIfAbsent(receiver.getKudosId(), id -> new ArrayList<>(2))
                    .add(Receiver.parse(receiver.getReceiverId()));
        }
        List<Kudos> page = new ArrayList<>(rows.length);
        for (KudosAO row : rows) {
            Long issueId = row.getIssueId();
            page.add(new Kudos(
                    row.getID(),
                    UserKey.of(row.getGiverKey()),
                    receivers.getOrDefault((long) row.getID(), List.of()),
                    row.getValueId(),
                    row.getMessage(),
                    issueId == null ? OptionalLong.empty() : OptionalLong.of(issueId),
                    Visibility.valueOf(row.getVisibility()),
                    row.getGivenAt().toInstant(),
                    row.getClientRequestId(),
                    Optional.empty()));
        }
        return page;
    }

    /** A WHERE clause and its parameters, built up one condition at a time. */
    private static final class Criteria {
        private final String prefix;
        private final List<String> conditions = new ArrayList<>();
        private final List<Object> params = new ArrayList<>();

        Criteria(String prefix) {
            this.prefix = prefix;
        }

        void add(String condition, Object... parameters) {
            conditions.add(condition);
            Collections.addAll(params, parameters);
        }

        String where() {
            return String.join(" AND ", conditions);
        }
    }
}
