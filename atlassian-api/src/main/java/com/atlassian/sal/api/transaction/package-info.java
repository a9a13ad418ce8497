/**
 * Compile-only mirror of SAL transactions, following https://docs.atlassian.com/sal-api/ (com.atlassian.sal.api.transaction.TransactionCallback). Jira provides the real types at runtime.
 */
@org.jspecify.annotations.NullMarked
package com.atlassian.sal.api.transaction;
