package io.serviceculture.core.kudos;

import io.serviceculture.core.people.UserKey;
import io.serviceculture.core.testing.InMemoryKudosStore;
import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;

/** Stores kudos straight into an in-memory store, for tests of what happens after giving. */
final class KudosFixtures {
    private final InMemoryKudosStore store;
    private int slot;
    private int request;

    KudosFixtures(InMemoryKudosStore store) {
        this.store = store;
    }

    Kudos give(String giver, Receiver receiver, Visibility visibility) {
        return give(giver, receiver, visibility, OptionalLong.empty());
    }

    Kudos give(String giver, Receiver receiver, Visibility visibility, OptionalLong issueId) {
        NewKudos kudos = new NewKudos(
                UserKey.of(giver),
                List.of(receiver),
                "own-it",
                "Thanks",
                issueId,
                visibility,
                Instant.parse("2026-11-18T10:00:00Z"),
                "request-" + ++request);
        var outcome = store.save(kudos, new AllowanceSlot(UserKey.of(giver), new IsoWeek(2026, 47), ++slot));
        return ((SaveKudosPort.Saved) outcome).kudos();
    }

    static Receiver person(String key) {
        return Receiver.person(UserKey.of(key));
    }
}
