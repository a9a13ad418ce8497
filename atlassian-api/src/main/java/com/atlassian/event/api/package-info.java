/**
 * Compile-only mirror of Atlassian Event, following
 * https://docs.atlassian.com/atlassian-event/2.3.1/com/atlassian/event/api/EventPublisher.html and
 * https://docs.atlassian.com/atlassian-event/2.3.0/com/atlassian/event/api/EventListenerRegistrar.html (only
 * {@code register} and {@code unregister}, which the app calls) and the {@code EventListener} method annotation.
 * Jira provides the real types at runtime.
 */
@org.jspecify.annotations.NullMarked
package com.atlassian.event.api;
