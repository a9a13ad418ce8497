/**
 * Compile-only mirror of Crowd's {@code MembershipType}, following
 * https://docs.atlassian.com/atlassian-crowd/6.2.0/com/atlassian/crowd/model/membership/MembershipType.html. Jira
 * provides the real type at runtime.
 */
@org.jspecify.annotations.NullMarked
package com.atlassian.crowd.model.membership;
