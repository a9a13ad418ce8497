package io.serviceculture.core.kudos;

import io.serviceculture.core.people.UserKey;
import java.util.List;

/**
 * "You received kudos" on a person's next page view. Nothing is stored per notice: a kudos is new to its receiver
 * when its id is above the one they last dismissed, so a notice needs no write when kudos are given.
 */
public final class KudosNoticesService {
    public static final int MAX_NOTICES = 5;

    private final LoadKudosPort kudos;
    private final KudosPreferencesPort preferences;

    public KudosNoticesService(LoadKudosPort kudos, KudosPreferencesPort preferences) {
        this.kudos = kudos;
        this.preferences = preferences;
    }

    /** Kudos to the person themselves (not to their teams) that they have not dismissed; hidden ones never. */
    public KudosNotices unseen(UserKey person) {
        long seen = preferences.preferencesOf(person).noticesSeenUpTo();
        List<Kudos> newest =
                kudos.findKudos(KudosQuery.all(MAX_NOTICES + 1).receivedBy(Receiver.person(person))).items().stream()
                        .filter(k -> k.id() > seen)
                        .toList();
        boolean more = newest.size() > MAX_NOTICES;
        return new KudosNotices(more ? newest.subList(0, MAX_NOTICES) : newest, more);
    }

    public void dismiss(UserKey person, long upToKudosId) {
        KudosPreferences current = preferences.preferencesOf(person);
        KudosPreferences next = current.seenUpTo(upToKudosId);
        if (!next.equals(current)) {
            preferences.save(person, next);
        }
    }
}
