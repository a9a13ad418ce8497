/**
 * Compile-only mirror of the template renderer, following https://docs.atlassian.com/atlassian-template-renderer/ (com.atlassian.templaterenderer.TemplateRenderer). Jira provides the real types at runtime.
 */
@org.jspecify.annotations.NullMarked
package com.atlassian.templaterenderer;
