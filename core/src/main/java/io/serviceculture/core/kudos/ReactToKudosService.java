package io.serviceculture.core.kudos;

import io.serviceculture.core.common.NotFoundException;
import java.time.Clock;
import java.util.List;

/**
 * Reacting to kudos: anyone who may read a kudos may react to it once, and take the reaction back. Hidden kudos
 * take no reactions; to a reader who may not see a kudos it does not exist.
 */
public final class ReactToKudosService {
    private final LoadKudosPort kudos;
    private final ReactionsPort reactions;
    private final Clock clock;

    public ReactToKudosService(LoadKudosPort kudos, ReactionsPort reactions, Clock clock) {
        this.kudos = kudos;
        this.reactions = reactions;
        this.clock = clock;
    }

    /** Adds the reader's reaction (doing nothing if it is there) and returns the kudos' reactions. */
    public Reaction react(long kudosId, KudosReader reader) {
        readable(kudosId, reader);
        reactions.addReaction(kudosId, reader.key(), clock.instant());
        return current(kudosId, reader);
    }

    /** Takes the reader's reaction back (doing nothing if there is none) and returns the kudos' reactions. */
    public Reaction withdraw(long kudosId, KudosReader reader) {
        readable(kudosId, reader);
        reactions.removeReaction(kudosId, reader.key());
        return current(kudosId, reader);
    }

    private Kudos readable(long kudosId, KudosReader reader) {
        return kudos.findById(kudosId)
                .filter(k -> !k.isHidden())
                .filter(reader::canRead)
                .orElseThrow(() -> new NotFoundException("service-culture.kudos.error.not-found", kudosId));
    }

    private Reaction current(long kudosId, KudosReader reader) {
        return reactions.reactions(List.of(kudosId), reader.key()).getOrDefault(kudosId, Reaction.NONE);
    }
}
