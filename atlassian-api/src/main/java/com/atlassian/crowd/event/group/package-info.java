/**
 * Compile-only mirror of Crowd's group membership events, following
 * https://docs.atlassian.com/atlassian-crowd/6.2.0/com/atlassian/crowd/event/group/GroupMembershipsCreatedEvent.html,
 * .../GroupMembershipsDeletedEvent.html, .../GroupMembershipCreatedEvent.html and .../GroupMembershipDeletedEvent.html
 * (constructor and getters). Their superclasses {@code DirectoryEvent} and {@code Event} are left out: the app reads
 * only the getters mirrored here. Jira provides the real types at runtime.
 */
@org.jspecify.annotations.NullMarked
package com.atlassian.crowd.event.group;
