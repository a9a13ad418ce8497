package io.serviceculture.core.kudos;

/** Hides kudos in the store. */
public interface ModerateKudosPort {
    /**
     * Marks the kudos hidden unless it already is, in one conditional update, so that two moderators at once
     * hide it once.
     *
     * @return false when there is no such kudos or it was hidden already
     */
    boolean hide(long kudosId, Kudos.Moderation moderation);
}
