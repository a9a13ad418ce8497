package com.atlassian.jira.database;

/** Work done with a borrowed connection. */
@FunctionalInterface
public interface ConnectionFunction<R> {
    R run(DatabaseConnection connection);
}
