/**
 * Compile-only mirror of the web panel model. Jira 10 apps implement
 * {@code com.atlassian.plugin.web.api.model.WebPanel} (atlassian-plugins-webfragment-api,
 * https://docs.atlassian.com/atlassian-plugins-webfragment-parent/), as atlassian-labs/atlassian-slack-integration-server's
 * IssueWebPanel does for Jira 10; the older {@code com.atlassian.plugin.web.model.WebPanel} is deprecated there and
 * Jira 10 renders only {@code getHtml} (https://docs.adaptavist.com/sr4js/latest/release-notes/breaking-changes/web-panel-breaking-change-deprecation-for-jira-10/).
 * Jira provides the real type at runtime.
 */
@org.jspecify.annotations.NullMarked
package com.atlassian.plugin.web.api.model;
