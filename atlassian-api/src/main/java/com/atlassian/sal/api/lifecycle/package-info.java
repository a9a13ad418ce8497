/**
 * Compile-only mirror of SAL's lifecycle callbacks, following https://docs.atlassian.com/sal-api/4.4.2/com/atlassian/sal/api/lifecycle/LifecycleAware.html.
 * Jira provides the real types at runtime.
 */
@org.jspecify.annotations.NullMarked
package com.atlassian.sal.api.lifecycle;
