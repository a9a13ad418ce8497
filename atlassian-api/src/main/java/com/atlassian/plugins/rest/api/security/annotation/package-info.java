/**
 * Compile-only mirror of the REST v2 access annotations, following https://developer.atlassian.com/platform/marketplace/dc-apps-platform-7-preparing-for-secure-endpoints/ (atlassian-rest-v2-api). Jira provides the real types at runtime.
 */
@org.jspecify.annotations.NullMarked
package com.atlassian.plugins.rest.api.security.annotation;
