package io.serviceculture.core.people;

/** A team is a Jira group an admin marked as a team; the group name is its key. */
public record TeamKey(String groupName) implements Comparable<TeamKey> {
    public TeamKey {
        if (groupName.isBlank()) {
            throw new IllegalArgumentException("a team's group name is never blank");
        }
    }

    public static TeamKey of(String groupName) {
        return new TeamKey(groupName);
    }

    @Override
    public int compareTo(TeamKey other) {
        return groupName.compareTo(other.groupName);
    }

    @Override
    public String toString() {
        return groupName;
    }
}
