package io.serviceculture.core.kudos;

import io.serviceculture.core.people.TeamKey;
import io.serviceculture.core.people.UserKey;
import java.util.Set;

/**
 * Who is reading kudos, with what the privacy rules need to know about them: private kudos are for the
 * giver, the receivers (a team receiver's members), the receivers' managers, and HR.
 *
 * @param hrOrAdmin in the configured HR group, or a Jira admin
 * @param teams the teams the reader is in now
 * @param reports the people the reader manages
 */
public record KudosReader(UserKey key, boolean hrOrAdmin, Set<TeamKey> teams, Set<UserKey> reports) {
    public KudosReader {
        teams = Set.copyOf(teams);
        reports = Set.copyOf(reports);
    }

    public static KudosReader person(UserKey key) {
        return new KudosReader(key, false, Set.of(), Set.of());
    }

    public boolean canRead(Kudos kudos) {
        if (kudos.isHidden()) {
            return hrOrAdmin || kudos.giver().equals(key);
        }
        return kudos.visibility() == Visibility.PUBLIC || hrOrAdmin || isPartyTo(kudos);
    }

    /** Whether the reader may see a person's own recognition figures (counts by value). */
    public boolean canSeeFiguresOf(UserKey person) {
        return hrOrAdmin || key.equals(person) || reports.contains(person);
    }

    private boolean isPartyTo(Kudos kudos) {
        if (kudos.giver().equals(key)) {
            return true;
        }
        for (Receiver receiver : kudos.receivers()) {
            if (receiver instanceof Receiver.PersonReceiver person
                    && (person.user().equals(key) || reports.contains(person.user()))) {
                return true;
            }
            if (receiver instanceof Receiver.TeamReceiver team && teams.contains(team.team())) {
                return true;
            }
        }
        return false;
    }
}
