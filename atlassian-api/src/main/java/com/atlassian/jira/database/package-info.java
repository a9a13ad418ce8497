/**
 * Compile-only mirror of Jira's database access, following https://docs.atlassian.com/software/jira/docs/api/10.3.0/com/atlassian/jira/database/DatabaseAccessor.html. Jira provides the real types at runtime.
 */
@NullMarked
package com.atlassian.jira.database;

import org.jspecify.annotations.NullMarked;
