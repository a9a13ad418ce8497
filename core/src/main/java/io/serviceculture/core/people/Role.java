package io.serviceculture.core.people;

/** What a person may do and see beyond their own data. A person holds every role that applies to them. */
public enum Role {
    /** Everyone with access to Jira. */
    USER,
    /** Manages someone: by the imported reporting lines, or as a lead of a team. */
    MANAGER,
    /** A member of the group an admin configured as HR. */
    HR,
    /** A Jira administrator. */
    ADMIN
}
