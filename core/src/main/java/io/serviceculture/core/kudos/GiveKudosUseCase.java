package io.serviceculture.core.kudos;

/** Gives kudos, applying every rule of recognition: who may be thanked, for what, and how often. */
public interface GiveKudosUseCase {
    /**
     * Records the kudos, or returns the one already recorded for the same giver and client request id, so a
     * client may safely retry.
     */
    Kudos give(GiveKudosCommand command);
}
