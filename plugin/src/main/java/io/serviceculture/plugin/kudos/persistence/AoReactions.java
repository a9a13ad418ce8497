package io.serviceculture.plugin.kudos.persistence;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.serviceculture.core.kudos.Reaction;
import io.serviceculture.core.kudos.ReactionsPort;
import io.serviceculture.core.people.UserKey;
import io.serviceculture.plugin.persistence.UniqueViolations;
import java.time.Instant;
import java.util.Collection;
import java.util.Collections;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import javax.inject.Inject;
import javax.inject.Named;
import net.java.ao.Query;

/** Reactions in Active Objects; the unique reaction key keeps one per person per kudos. */
@Named
public final class AoReactions implements ReactionsPort {
    private final ActiveObjects ao;

    @Inject
    public AoReactions(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public boolean addReaction(long kudosId, UserKey person, Instant at) {
        try {
            ao.executeInTransaction(() -> ao.create(
                    KudosReactionAO.class,
                    Map.of(
                            KudosReactionAO.COLUMN_KUDOS_ID, kudosId,
                            KudosReactionAO.COLUMN_USER_KEY, person.value(),
                            KudosReactionAO.COLUMN_REACTION_KEY, key(kudosId, person),
                            KudosReactionAO.COLUMN_CREATED_AT, Date.from(at))));
            return true;
        } catch (RuntimeException e) {
            if (!UniqueViolations.isUniqueViolation(e)) {
                throw e;
            }
            return false;
        }
    }

    @Override
    public boolean removeReaction(long kudosId, UserKey person) {
        return ao.deleteWithSQL(
                        KudosReactionAO.class, KudosReactionAO.COLUMN_REACTION_KEY + " = ?", key(kudosId, person))
                > 0;
    }

    @Override
    public Map<Long, Reaction> reactions(Collection<Long> kudosIds, UserKey reader) {
        if (kudosIds.isEmpty()) {
            return Map.of();
        }
        Object[] ids = kudosIds.toArray();
        String placeholders = String.join(", ", Collections.nCopies(ids.length, "?"));
        KudosReactionAO[] rows = ao.find(
                KudosReactionAO.class,
                Query.select().where(KudosReactionAO.COLUMN_KUDOS_ID + " IN (" + placeholders + ")", ids));
        Map<Long, int[]> counts = new HashMap<>();
        Map<Long, Boolean> mine = new HashMap<>();
        for (KudosReactionAO row : rows) {
            counts.computeIfAbsent(row.getKudosId(), id -> new int[1])[0]++;
            if (row.getUserKey().equals(reader.value())) {
                mine.put(row.getKudosId(), true);
            }
        }
        Map<Long, Reaction> result = new HashMap<>();
        counts.forEach((id, count) -> result.put(id, new Reaction(count[0], mine.getOrDefault(id, false))));
        return result;
    }

    private static String key(long kudosId, UserKey person) {
        return kudosId + "|" + person.value();
    }
}
