package io.serviceculture.core.issues;

/** Jira's three status categories (keys {@code new}, {@code indeterminate}, {@code done}). */
public enum StatusCategory {
    TO_DO,
    IN_PROGRESS,
    DONE
}
