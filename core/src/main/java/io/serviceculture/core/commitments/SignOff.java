package io.serviceculture.core.commitments;

import io.serviceculture.core.people.UserKey;
import java.time.Instant;

/**
 * A manager agreed to a commitment as it read at {@code revision}; any later edit makes a new revision, which
 * needs a new sign-off.
 *
 * @param name the manager's display name when they signed, kept as signed
 */
public record SignOff(UserKey by, String name, Instant at, int revision) {}
