/**
 * Compile-only mirror of SAL messages, following https://docs.atlassian.com/sal-api/ (com.atlassian.sal.api.message.I18nResolver). Jira provides the real types at runtime.
 */
@org.jspecify.annotations.NullMarked
package com.atlassian.sal.api.message;
