/**
 * Compile-only mirror of the web fragment SPI an app implements (conditions and context providers), following
 * https://docs.atlassian.com/atlassian-plugins-webfragment-parent/ (com.atlassian.plugin.web.Condition,
 * com.atlassian.plugin.web.ContextProvider). Jira provides the real types at runtime.
 */
@org.jspecify.annotations.NullMarked
package com.atlassian.plugin.web;
