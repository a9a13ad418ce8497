/**
 * Compile-only mirror of the plugin framework's exception, following
 * https://docs.atlassian.com/atlassian-plugins-parent/ (com.atlassian.plugin.PluginParseException). Jira provides
 * the real type at runtime.
 */
@org.jspecify.annotations.NullMarked
package com.atlassian.plugin;
