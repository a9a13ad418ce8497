package com.atlassian.jira.user.anonymize;

/** What anonymisation does to an affected entity. */
public enum AffectedEntityType {
    REMOVE,
    ANONYMIZE,
    TRANSFER_OWNERSHIP,
    MANUAL
}
