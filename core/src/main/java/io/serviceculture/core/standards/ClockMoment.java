package io.serviceculture.core.standards;

import io.serviceculture.core.people.UserKey;
import java.time.Instant;
import java.util.Optional;

/**
 * What began or ended an interval of an explained clock: something that happened to the issue, the calendar
 * (working hours or a holiday beginning or ending), or "now" for a clock still running.
 *
 * @param detail the new status's name, the new assignee's key (blank for unassigned), the resolution's name, a
 *     holiday's name; blank otherwise
 */
public record ClockMoment(Instant at, Kind kind, Optional<UserKey> actor, String detail) {
    public enum Kind {
        ISSUE_CREATED,
        ISSUE_REOPENED,
        STATUS_CHANGED,
        ASSIGNEE_CHANGED,
        /** A comment that stopped the clock: the first response. */
        COMMENTED,
        RESOLUTION_SET,
        WORKING_HOURS_BEGIN,
        WORKING_HOURS_END,
        HOLIDAY_BEGINS,
        HOLIDAY_ENDS,
        NOW
    }

    public static ClockMoment calendar(Instant at, Kind kind, String detail) {
        return new ClockMoment(at, kind, Optional.empty(), detail);
    }
}
