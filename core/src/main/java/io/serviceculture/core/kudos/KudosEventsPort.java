package io.serviceculture.core.kudos;

/**
 * Told when a kudos is given or hidden, so that people hear of it (mail, notices) and moderation is audited.
 * Called after the change is stored, once per change: never for a retried request.
 */
public interface KudosEventsPort {
    KudosEventsPort NONE = new KudosEventsPort() {
        @Override
        public void given(Kudos kudos) {}

        @Override
        public void hidden(Kudos kudos) {}
    };

    void given(Kudos kudos);

    /** The kudos as it is now, with its {@link Kudos#hidden() moderation}. */
    void hidden(Kudos kudos);
}
