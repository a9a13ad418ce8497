package io.serviceculture.core.standards;

/** Tells the people concerned (the assignee and the watchers, in Jira) that a clock warned or breached. */
@FunctionalInterface
public interface ClockAlertNotificationPort {
    void alertRaised(ClockAlert alert);
}
