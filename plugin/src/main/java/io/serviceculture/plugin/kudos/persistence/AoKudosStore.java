package io.serviceculture.plugin.kudos.persistence;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.serviceculture.core.kudos.AllowanceSlot;
import io.serviceculture.core.kudos.IsoWeek;
import io.serviceculture.core.kudos.Kudos;
import io.serviceculture.core.kudos.KudosPage;
import io.serviceculture.core.kudos.KudosQuery;
import io.serviceculture.core.kudos.LoadKudosPort;
import io.serviceculture.core.kudos.ModerateKudosPort;
import io.serviceculture.core.kudos.NewKudos;
import io.serviceculture.core.kudos.Receiver;
import io.serviceculture.core.kudos.SaveKudosPort;
import io.serviceculture.core.kudos.Visibility;
import io.serviceculture.core.people.UserKey;
import io.serviceculture.plugin.persistence.UniqueViolations;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Collectors;
import javax.inject.Inject;
import javax.inject.Named;
import net.java.ao.Query;

/**
 * Kudos in Active Objects tables. Each save is one transaction whose single insert is checked by two unique
 * columns, so the allowance and idempotency hold under concurrent requests and across cluster nodes.
 */
@Named
public final class AoKudosStore implements LoadKudosPort, SaveKudosPort, ModerateKudosPort {
    private static final String KUDOS_ALIAS = "k";
    private static final String RECEIVER_ALIAS = "r";

    private final ActiveObjects ao;

    @Inject
    public AoKudosStore(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public SaveOutcome save(NewKudos kudos, AllowanceSlot slot) {
        if (!slot.giver().equals(kudos.giver())) {
            throw new IllegalArgumentException("the slot must be the giver's own");
        }
        String requestKey = requestKey(kudos.giver(), kudos.clientRequestId());
        try {
            return new Saved(ao.executeInTransaction(() -> insert(kudos, slot, requestKey)));
        } catch (RuntimeException e) {
            if (!UniqueViolations.isUniqueViolation(e)) {
                throw e;
            }
            // The transaction is rolled back. The request key tells the two unique columns apart: a concurrent
            // twin request has committed by now, since the database made our insert wait for it.
            return findByRequestKey(requestKey).isPresent() ? new DuplicateRequest() : new SlotTaken();
        }
    }

    private Kudos insert(NewKudos kudos, AllowanceSlot slot, String requestKey) {
        Map<String, Object> columns = new HashMap<>();
        columns.put(KudosAO.COLUMN_GIVER_KEY, kudos.giver().value());
        columns.put(KudosAO.COLUMN_VALUE_ID, kudos.valueId());
        columns.put(KudosAO.COLUMN_MESSAGE, kudos.message());
        if (kudos.issueId().isPresent()) {
            columns.put(KudosAO.COLUMN_ISSUE_ID, kudos.issueId().getAsLong());
        }
        columns.put(KudosAO.COLUMN_VISIBILITY, kudos.visibility().name());
        columns.put(KudosAO.COLUMN_GIVEN_AT, Date.from(kudos.givenAt()));
        columns.put(KudosAO.COLUMN_WEEK, slot.week().toString());
        columns.put(KudosAO.COLUMN_SLOT, slot.key());
        columns.put(KudosAO.COLUMN_CLIENT_REQUEST_ID, kudos.clientRequestId());
        columns.put(KudosAO.COLUMN_REQUEST_KEY, requestKey);
        KudosAO row = ao.create(KudosAO.class, columns);
        for (Receiver receiver : kudos.receivers()) {
            ao.create(
                    KudosReceiverAO.class,
                    Map.of(
                            KudosReceiverAO.COLUMN_KUDOS_ID,
                            (long) row.getID(),
                            KudosReceiverAO.COLUMN_RECEIVER_ID,
                            receiver.id()));
        }
        // from what was written, not the row's getters: each of those would read the new row back once more
        return new Kudos(
                row.getID(),
                kudos.giver(),
                kudos.receivers(),
                kudos.valueId(),
                kudos.message(),
                kudos.issueId(),
                kudos.visibility(),
                kudos.givenAt().truncatedTo(ChronoUnit.MILLIS),
                kudos.clientRequestId(),
                Optional.empty());
    }

    @Override
    public boolean hide(long kudosId, Kudos.Moderation moderation) {
        try {
            return ao.executeInTransaction(() -> {
                KudosAO[] rows = ao.find(KudosAO.class, KudosAO.COLUMN_ID + " = ?", kudosId);
                if (rows.length == 0 || rows[0].getHiddenAt() != null) {
                    return false;
                }
                ao.create(
                        KudosModerationAO.class,
                        Map.of(
                                KudosModerationAO.COLUMN_KUDOS_ID, kudosId,
                                KudosModerationAO.COLUMN_MODERATOR_KEY,
                                        moderation.moderator().value(),
                                KudosModerationAO.COLUMN_REASON, moderation.reason(),
                                KudosModerationAO.COLUMN_HIDDEN_AT, Date.from(moderation.at())));
                KudosAO row = rows[0];
                row.setHiddenBy(moderation.moderator().value());
                row.setHiddenReason(moderation.reason());
                row.setHiddenAt(Date.from(moderation.at()));
                row.save();
                return true;
            });
        } catch (RuntimeException e) {
            // another moderator's row for this kudos committed first: it is hidden once, by them
            if (!UniqueViolations.isUniqueViolation(e)) {
                throw e;
            }
            return false;
        }
    }

    @Override
    public Optional<Kudos> findById(long id) {
        KudosAO[] rows = ao.find(KudosAO.class, KudosAO.COLUMN_ID + " = ?", id);
        return withReceivers(Arrays.asList(rows)).stream().findFirst();
    }

    @Override
    public Optional<Kudos> findByClientRequest(UserKey giver, String clientRequestId) {
        return findByRequestKey(requestKey(giver, clientRequestId));
    }

    private Optional<Kudos> findByRequestKey(String requestKey) {
        KudosAO[] rows = ao.find(KudosAO.class, KudosAO.COLUMN_REQUEST_KEY + " = ?", requestKey);
        return withReceivers(Arrays.asList(rows)).stream().findFirst();
    }

    @Override
    public int countSlotsUsed(UserKey giver, IsoWeek week) {
        return ao.count(
                KudosAO.class,
                KudosAO.COLUMN_GIVER_KEY + " = ? AND " + KudosAO.COLUMN_WEEK + " = ?",
                giver.value(),
                week.toString());
    }

    /** Newest first by id; one row beyond the limit tells whether another page follows. */
    @Override
    public KudosPage findKudos(KudosQuery query) {
        List<String> conditions = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        Query select = Query.select();
        String prefix = "";
        if (query.receiver().isPresent() && !query.anyReceiver().isEmpty()) {
            throw new IllegalArgumentException("one receiver filter at a time");
        }
        if (query.receiver().isPresent() || !query.anyReceiver().isEmpty()) {
            prefix = KUDOS_ALIAS + ".";
            select = select.alias(KudosAO.class, KUDOS_ALIAS)
                    .alias(KudosReceiverAO.class, RECEIVER_ALIAS)
                    .join(
                            KudosReceiverAO.class,
                            KUDOS_ALIAS + "." + KudosAO.COLUMN_ID + " = " + RECEIVER_ALIAS + "."
                                    + KudosReceiverAO.COLUMN_KUDOS_ID);
            if (query.receiver().isPresent()) {
                conditions.add(RECEIVER_ALIAS + "." + KudosReceiverAO.COLUMN_RECEIVER_ID + " = ?");
                params.add(query.receiver().get().id());
            } else {
                // a kudos to the team and to one of its members is still one kudos in the feed
                select = select.distinct();
                conditions.add(RECEIVER_ALIAS + "." + KudosReceiverAO.COLUMN_RECEIVER_ID + " IN ("
                        + String.join(
                                ", ", Collections.nCopies(query.anyReceiver().size(), "?")) + ")");
                query.anyReceiver().stream().map(Receiver::id).sorted().forEach(params::add);
            }
        }
        if (query.issueId().isPresent()) {
            conditions.add(prefix + KudosAO.COLUMN_ISSUE_ID + " = ?");
            params.add(query.issueId().getAsLong());
        }
        if (query.giver().isPresent()) {
            conditions.add(prefix + KudosAO.COLUMN_GIVER_KEY + " = ?");
            params.add(query.giver().get().value());
        }
        if (query.valueId().isPresent()) {
            conditions.add(prefix + KudosAO.COLUMN_VALUE_ID + " = ?");
            params.add(query.valueId().get());
        }
        if (!query.includeHidden()) {
            conditions.add(prefix + KudosAO.COLUMN_HIDDEN_AT + " IS NULL");
        }
        if (query.beforeId().isPresent()) {
            conditions.add(prefix + KudosAO.COLUMN_ID + " < ?");
            params.add(query.beforeId().getAsLong());
        }
        if (!conditions.isEmpty()) {
            select = select.where(String.join(" AND ", conditions), params.toArray());
        }
        select = select.order(prefix + KudosAO.COLUMN_ID + " DESC").limit(query.limit() + 1);

        List<KudosAO> rows = Arrays.asList(ao.find(KudosAO.class, select));
        boolean more = rows.size() > query.limit();
        List<Kudos> page = withReceivers(more ? rows.subList(0, query.limit()) : rows);
        return new KudosPage(
                page, more ? OptionalLong.of(page.get(page.size() - 1).id()) : OptionalLong.empty());
    }

    /** Maps rows to kudos, reading all their receivers in one query. */
    private List<Kudos> withReceivers(List<KudosAO> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, List<Receiver>> receivers = new HashMap<>();
        Object[] ids = rows.stream().map(row -> (long) row.getID()).toArray();
        String placeholders = Collections.nCopies(ids.length, "?").stream().collect(Collectors.joining(", "));
        KudosReceiverAO[] receiverRows = ao.find(
                KudosReceiverAO.class,
                Query.select()
                        .where(KudosReceiverAO.COLUMN_KUDOS_ID + " IN (" + placeholders + ")", ids)
                        .order(KudosReceiverAO.COLUMN_ID + " ASC"));
        for (KudosReceiverAO receiver : receiverRows) {
            receivers
                    .computeIfAbsent(receiver.getKudosId(), id -> new ArrayList<>())
                    .add(Receiver.parse(receiver.getReceiverId()));
        }
        Map<Long, Kudos> byId = new LinkedHashMap<>();
        for (KudosAO row : rows) {
            byId.put((long) row.getID(), toKudos(row, receivers.getOrDefault((long) row.getID(), List.of())));
        }
        return List.copyOf(byId.values());
    }

    private static Kudos toKudos(KudosAO row, List<Receiver> receivers) {
        Long issueId = row.getIssueId();
        return new Kudos(
                row.getID(),
                UserKey.of(row.getGiverKey()),
                receivers,
                row.getValueId(),
                row.getMessage(),
                issueId == null ? OptionalLong.empty() : OptionalLong.of(issueId),
                Visibility.valueOf(row.getVisibility()),
                row.getGivenAt().toInstant(),
                row.getClientRequestId(),
                moderation(row));
    }

    private static Optional<Kudos.Moderation> moderation(KudosAO row) {
        Date hiddenAt = row.getHiddenAt();
        String hiddenBy = row.getHiddenBy();
        if (hiddenAt == null || hiddenBy == null) {
            return Optional.empty();
        }
        String reason = row.getHiddenReason();
        Instant at = hiddenAt.toInstant();
        return Optional.of(new Kudos.Moderation(UserKey.of(hiddenBy), reason == null ? "" : reason, at));
    }

    private static String requestKey(UserKey giver, String clientRequestId) {
        return giver.value() + "|" + clientRequestId;
    }
}
