/**
 * Compile-only mirror of SAL's {@code LifecycleAware}, following
 * https://docs.atlassian.com/sal-parent/3.0.0/apidocs/com/atlassian/sal/api/lifecycle/LifecycleAware.html: its full
 * abstract surface ({@code onStart}, {@code onStop}), as the app implements it and exports it with
 * {@code ExportAsService}. Jira provides the real type at runtime.
 */
@org.jspecify.annotations.NullMarked
package com.atlassian.sal.api.lifecycle;
