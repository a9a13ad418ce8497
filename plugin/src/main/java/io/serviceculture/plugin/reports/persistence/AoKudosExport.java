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
import net.java.ao.EntityStreamCallback;
import net.java.ao.Query;

/**
 * Reads kudos for HR reports straight from the kudos tables: one query per page by ascending {@code ID} after the
 * last id read (the primary key's index, so page n costs what page 1 does), and one for the page's receivers, by
 * id range when the page's ids lie close together. Rows are streamed read-only, without AO's entity cache. Hidden
 * kudos are never read.
 */
@Named
public final class AoKudosExport implements KudosExportPort {
    private static final String K = "k";
    private static final String R = "r";
    /** Ids spread over at most this many times the page's size are read as one range. */
    private static final long DENSE = 4;
    /** Keeps IN lists short: PostgreSQL plans a long list slowly. */
    private static final int IN_LIST = 500;

    private static final String KUDOS_FIELDS = String.join(
            ", ",
            KudosAO.COLUMN_ID,
            KudosAO.COLUMN_GIVER_KEY,
            KudosAO.COLUMN_VALUE_ID,
            KudosAO.COLUMN_MESSAGE,
            KudosAO.COLUMN_ISSUE_ID,
            KudosAO.COLUMN_VISIBILITY,
            KudosAO.COLUMN_GIVEN_AT,
            KudosAO.COLUMN_CLIENT_REQUEST_ID);
    private static final String RECEIVER_FIELDS = String.join(
            ", ", KudosReceiverAO.COLUMN_ID, KudosReceiverAO.COLUMN_KUDOS_ID, KudosReceiverAO.COLUMN_RECEIVER_ID);

    private final ActiveObjects ao;

    @Inject
    public AoKudosExport(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public List<Kudos> kudosAfter(KudosExportQuery query, long afterId, int limit) {
        Criteria criteria = criteria(query, query.receiver().isPresent() ? K + "." : "");
        criteria.add(criteria.prefix + KudosAO.COLUMN_ID + " > ?", afterId);
        List<KudosAO> rows = new ArrayList<>(limit);
        if (query.receiver().isPresent()) {
            Query select = joinReceivers(Query.select(), KudosAO.class)
                    .where(criteria.where(), criteria.params.toArray())
                    .order(criteria.prefix + KudosAO.COLUMN_ID + " ASC")
                    .limit(limit);
            Collections.addAll(rows, ao.find(KudosAO.class, select));
        } else {
            // read-only rows straight from the result set: no entity cache, no lazy loading, for a million rows
            Query select = Query.select(KUDOS_FIELDS)
                    .where(criteria.where(), criteria.params.toArray())
                    .order(KudosAO.COLUMN_ID + " ASC")
                    .limit(limit);
            ao.stream(KudosAO.class, select, rows::add);
        }
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

    private List<Kudos> withReceivers(List<KudosAO> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, List<Receiver>> receivers = new HashMap<>(rows.size() * 2);
        EntityStreamCallback<KudosReceiverAO, Integer> collect = receiver -> receivers
                .computeIfAbsent(receiver.getKudosId(), id -> new ArrayList<>(2))
                .add(Receiver.parse(receiver.getReceiverId()));
        long first = rows.get(0).getID();
        long last = rows.get(rows.size() - 1).getID();
        if (last - first < DENSE * rows.size()) {
            // the page's ids are close together (the usual case): one index range scan, ignoring strays
            ao.stream(
                    KudosReceiverAO.class,
                    Query.select(RECEIVER_FIELDS)
                            .where(
                                    KudosReceiverAO.COLUMN_KUDOS_ID + " >= ? AND " + KudosReceiverAO.COLUMN_KUDOS_ID
                                            + " <= ?",
                                    first,
                                    last)
                            .order(KudosReceiverAO.COLUMN_ID + " ASC"),
                    collect);
        } else {
            for (int from = 0; from < rows.size(); from += IN_LIST) {
                List<KudosAO> chunk = rows.subList(from, Math.min(rows.size(), from + IN_LIST));
                Object[] ids =
                        chunk.stream().map(row -> (Object) (long) row.getID()).toArray();
                ao.stream(
                        KudosReceiverAO.class,
                        Query.select(RECEIVER_FIELDS)
                                .where(
                                        KudosReceiverAO.COLUMN_KUDOS_ID + " IN ("
                                                + String.join(", ", Collections.nCopies(ids.length, "?")) + ")",
                                        ids)
                                .order(KudosReceiverAO.COLUMN_ID + " ASC"),
                        collect);
            }
        }
        List<Kudos> page = new ArrayList<>(rows.size());
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
