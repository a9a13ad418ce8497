package io.serviceculture.core.commitments;

/**
 * Who may read a commitment besides its owner, their manager and HR, who always may: nobody else, the people
 * who share a team with the owner now, or every Jira user.
 */
public enum CommitmentVisibility {
    PRIVATE,
    TEAM,
    EVERYONE
}
