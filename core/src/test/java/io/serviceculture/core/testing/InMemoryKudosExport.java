package io.serviceculture.core.testing;

import io.serviceculture.core.kudos.Kudos;
import io.serviceculture.core.kudos.Receiver;
import io.serviceculture.core.kudos.Visibility;
import io.serviceculture.core.people.UserKey;
import io.serviceculture.core.reports.KudosExportPort;
import io.serviceculture.core.reports.KudosExportQuery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeMap;

/** Kudos for reports held in id order, with the same criteria and key paging as the database adapter. */
public final class InMemoryKudosExport implements KudosExportPort {
    private final TreeMap<Long, Kudos> kudos = new TreeMap<>();
    private int pagesRead;
    private int kudosRead;

    /** Adds a kudos with the next id. */
    public Kudos add(
            UserKey giver,
            List<Receiver> receivers,
            String valueId,
            Visibility visibility,
            Instant at,
            String message) {
        long id = kudos.isEmpty() ? 1 : kudos.lastKey() + 1;
        Kudos added = new Kudos(
                id,
                giver,
                receivers,
                valueId,
                message,
                OptionalLong.empty(),
                visibility,
                at,
                "request-" + id,
                Optional.empty());
        kudos.put(id, added);
        return added;
    }

    /** Hides a kudos, as moderation does. */
    public void hide(long id, UserKey moderator, Instant at) {
        Kudos k = kudos.get(id);
        kudos.put(
                id,
                new Kudos(
                        k.id(),
                        k.giver(),
                        k.receivers(),
                        k.valueId(),
                        k.message(),
                        k.issueId(),
                        k.visibility(),
                        k.givenAt(),
                        k.clientRequestId(),
                        Optional.of(new Kudos.Moderation(moderator, "off topic", at))));
    }

    public int pagesRead() {
        return pagesRead;
    }

    /** How many kudos the pages read so far held. */
    public int kudosRead() {
        return kudosRead;
    }

    @Override
    public List<Kudos> kudosAfter(KudosExportQuery query, long afterId, int limit) {
        pagesRead++;
        List<Kudos> page = new ArrayList<>();
        for (Kudos k : kudos.tailMap(afterId, false).values()) {
            if (matches(query, k)) {
                page.add(k);
                if (page.size() == limit) {
                    break;
                }
            }
        }
        kudosRead += page.size();
        return page;
    }

    @Override
    public long countReceiverRows(KudosExportQuery query) {
        long rows = 0;
        for (Kudos k : kudos.values()) {
            if (matches(query, k)) {
                rows += query.receiver().isPresent() ? 1 : k.receivers().size();
            }
        }
        return rows;
    }

    private static boolean matches(KudosExportQuery query, Kudos k) {
        return !k.isHidden()
                && query.givenFrom().map(from -> !k.givenAt().isBefore(from)).orElse(true)
                && query.givenBefore().map(k.givenAt()::isBefore).orElse(true)
                && query.valueId().map(k.valueId()::equals).orElse(true)
                && query.giver().map(k.giver()::equals).orElse(true)
                && query.receiver().map(k.receivers()::contains).orElse(true)
                && (query.anyReceiver().isEmpty() || k.receivers().stream().anyMatch(query.anyReceiver()::contains))
                && query.visibility().map(v -> k.visibility() == v).orElse(true);
    }
}
