package io.serviceculture.core.people;

/** A team as shown to people: its key and a display name. */
public record Team(TeamKey key, String displayName) {}
