/**
 * Compile-only mirror of the page builder, following
 * https://docs.atlassian.com/atlassian-plugins-webresource/ (atlassian-plugins-webresource-api,
 * com.atlassian.webresource.api.assembler): a servlet asks the request's assembler for the web resources its
 * page needs. Only the calls the app makes are mirrored; Jira provides the real types at runtime.
 */
@org.jspecify.annotations.NullMarked
package com.atlassian.webresource.api.assembler;
