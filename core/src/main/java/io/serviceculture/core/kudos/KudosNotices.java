package io.serviceculture.core.kudos;

import java.util.List;

/** The kudos a person received since they last dismissed the notice, newest first, at most a few. */
public record KudosNotices(List<Kudos> kudos, boolean more) {
    public KudosNotices {
        kudos = List.copyOf(kudos);
    }

    /** The id to send back when the person dismisses the notice. */
    public long newestId() {
        return kudos.isEmpty() ? 0 : kudos.get(0).id();
    }
}
