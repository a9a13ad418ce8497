/**
 * Compile-only mirror of the web panel model, following https://docs.atlassian.com/atlassian-plugins-webfragment-parent/ (atlassian-plugins-webfragment-api; Jira 10 apps implement com.atlassian.plugin.web.api.model.WebPanel, as atlassian-labs/atlassian-slack-integration-server IssueWebPanel does for Jira 10, while com.atlassian.plugin.web.model.WebPanel is deprecated there). Jira provides the real types at runtime.
 */
@org.jspecify.annotations.NullMarked
package com.atlassian.plugin.web.api.model;
