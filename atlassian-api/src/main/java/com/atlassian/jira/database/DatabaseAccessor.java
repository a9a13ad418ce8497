package com.atlassian.jira.database;

import java.util.Optional;

/** Jira's database, reached through a connection Jira lends and takes back; only the methods the app calls. */
public interface DatabaseAccessor {
    /** The schema Jira's tables live in, when the database configuration names one. */
    Optional<String> getSchemaName();

    /** Runs the callback with a borrowed connection, returned to the pool afterwards; the callback must not close it. */
    <R> R executeQuery(ConnectionFunction<R> callback);
}
