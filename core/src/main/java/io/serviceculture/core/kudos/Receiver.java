package io.serviceculture.core.kudos;

import io.serviceculture.core.people.TeamKey;
import io.serviceculture.core.people.UserKey;

/** Who a kudos thanks: one person, or a whole team. */
public sealed interface Receiver permits Receiver.PersonReceiver, Receiver.TeamReceiver {

    /** The stable text form stored with the kudos: {@code user:<key>} or {@code team:<group>}. */
    String id();

    static Receiver person(UserKey key) {
        return new PersonReceiver(key);
    }

    static Receiver team(TeamKey key) {
        return new TeamReceiver(key);
    }

    /** Parses the form written by {@link #id()}. */
    static Receiver parse(String id) {
        if (id.startsWith(PersonReceiver.PREFIX)) {
            return person(UserKey.of(id.substring(PersonReceiver.PREFIX.length())));
        }
        if (id.startsWith(TeamReceiver.PREFIX)) {
            return team(TeamKey.of(id.substring(TeamReceiver.PREFIX.length())));
        }
        throw new IllegalArgumentException("not a receiver id: " + id);
    }

    record PersonReceiver(UserKey user) implements Receiver {
        static final String PREFIX = "user:";

        @Override
        public String id() {
            return PREFIX + user.value();
        }
    }

    record TeamReceiver(TeamKey team) implements Receiver {
        static final String PREFIX = "team:";

        @Override
        public String id() {
            return PREFIX + team.groupName();
        }
    }
}
