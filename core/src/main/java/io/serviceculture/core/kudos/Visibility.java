package io.serviceculture.core.kudos;

/** Who may read a kudos: everyone, or only its receivers, their managers, HR and the giver. */
public enum Visibility {
    PUBLIC,
    PRIVATE
}
