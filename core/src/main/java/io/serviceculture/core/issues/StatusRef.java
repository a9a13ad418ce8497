package io.serviceculture.core.issues;

/**
 * A Jira status by id and name, with its category. Standards pause on statuses an admin names, and reopens
 * are seen as a move out of the {@link StatusCategory#DONE} category.
 */
public record StatusRef(String id, String name, StatusCategory category) {}
