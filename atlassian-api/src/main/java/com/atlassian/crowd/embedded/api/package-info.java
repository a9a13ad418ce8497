/**
 * Compile-only mirror of Crowd's {@code Directory}, following
 * https://docs.atlassian.com/atlassian-crowd/6.2.0/com/atlassian/crowd/embedded/api/Directory.html; only the type is
 * mirrored, as the membership events name it and the app calls none of its methods. Jira provides the real type.
 */
@org.jspecify.annotations.NullMarked
package com.atlassian.crowd.embedded.api;
