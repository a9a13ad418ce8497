package io.serviceculture.core.standards;

import java.util.List;

/** Raised alerts, each stored once per cycle and kind however often and on however many nodes it is raised. */
public interface ClockAlertsPort {
    /**
     * Stores an alert unless one with its {@link ClockAlert#alertKey()} exists.
     *
     * @return whether it was new, which is when people are told
     */
    boolean record(ClockAlert alert);

    boolean exists(String alertKey);

    /** Alerts newest first, skipping {@code offset}; every issue, so callers filter by who may see them. */
    List<ClockAlert> newestFirst(int offset, int limit);
}
