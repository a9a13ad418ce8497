package com.atlassian.jira.database;

import java.sql.Connection;

/** A connection Jira lends; only the method the app calls. */
public interface DatabaseConnection {
    Connection getJdbcConnection();
}
