package io.serviceculture.core.kudos;

import io.serviceculture.core.common.ConflictException;
import io.serviceculture.core.common.NotFoundException;
import io.serviceculture.core.common.PermissionDeniedException;
import java.time.Clock;

/**
 * Moderation: HR and admins hide a kudos with a reason. A hidden kudos leaves feeds, panels and counts; the
 * giver is told why, and the change is audited, by the events port.
 */
public final class HideKudosService {
    private final LoadKudosPort kudos;
    private final ModerateKudosPort moderate;
    private final KudosEventsPort events;
    private final Clock clock;

    public HideKudosService(LoadKudosPort kudos, ModerateKudosPort moderate, KudosEventsPort events, Clock clock) {
        this.kudos = kudos;
        this.moderate = moderate;
        this.events = events;
        this.clock = clock;
    }

    public Kudos hide(HideKudosCommand command, KudosReader moderator) {
        if (!moderator.hrOrAdmin()) {
            throw new PermissionDeniedException("service-culture.kudos.error.moderation.denied");
        }
        Kudos existing = kudos.findById(command.kudosId())
                .orElseThrow(() -> new NotFoundException("service-culture.kudos.error.not-found", command.kudosId()));
        Kudos.Moderation moderation = new Kudos.Moderation(moderator.key(), command.reason(), clock.instant());
        if (existing.isHidden() || !moderate.hide(existing.id(), moderation)) {
            throw new ConflictException("service-culture.kudos.error.already-hidden", command.kudosId());
        }
        Kudos hidden = kudos.findById(existing.id()).orElseThrow(() -> new IllegalStateException("hidden kudos gone"));
        events.hidden(hidden);
        return hidden;
    }
}
