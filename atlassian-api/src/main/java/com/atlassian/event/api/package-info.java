/**
 * Compile-only mirror of Atlassian Event, following https://docs.atlassian.com/atlassian-event/2.3.0/com/atlassian/event/api/EventPublisher.html
 * (register and unregister, from EventListenerRegistrar) and the EventListener annotation. Jira provides the real
 * types at runtime.
 */
@org.jspecify.annotations.NullMarked
package com.atlassian.event.api;
