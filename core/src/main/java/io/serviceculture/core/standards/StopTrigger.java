package io.serviceculture.core.standards;

/**
 * What stops a running cycle. "Someone other than the reporter" means a known person: changes by automation or by
 * users since deleted carry no actor and never count as a response. When the reporter is unknown, any known
 * person counts.
 */
public enum StopTrigger {
    /** A comment, restricted to a group or role or not, by someone other than the reporter. */
    COMMENT_BY_OTHER_THAN_REPORTER,
    /** A comment everyone who can see the issue can read, by someone other than the reporter. */
    PUBLIC_COMMENT_BY_OTHER_THAN_REPORTER,
    /** A status change (a workflow transition) by someone other than the reporter. */
    TRANSITION_BY_OTHER_THAN_REPORTER,
    /** A resolution was set. */
    RESOLUTION_SET
}
