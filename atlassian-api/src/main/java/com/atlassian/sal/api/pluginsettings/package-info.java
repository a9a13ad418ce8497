/**
 * Compile-only mirror of SAL plugin settings, following https://docs.atlassian.com/sal-api/ (com.atlassian.sal.api.pluginsettings.PluginSettingsFactory, PluginSettings). Jira provides the real types at runtime.
 */
@org.jspecify.annotations.NullMarked
package com.atlassian.sal.api.pluginsettings;
