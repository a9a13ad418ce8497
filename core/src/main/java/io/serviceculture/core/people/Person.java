package io.serviceculture.core.people;

import java.time.ZoneId;

/**
 * A person as the features need them: who, how they are shown, whether they can still take part, and the
 * time zone their week and working day are counted in.
 */
public record Person(UserKey key, String userName, String displayName, boolean active, ZoneId timeZone) {}
