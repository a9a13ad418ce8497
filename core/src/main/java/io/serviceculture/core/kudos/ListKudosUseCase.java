package io.serviceculture.core.kudos;

/** Lists kudos a reader may see, newest first, a page at a time. */
public interface ListKudosUseCase {
    KudosPage list(KudosQuery query, KudosReader reader);
}
