package io.serviceculture.plugin.kudos.persistence;

import java.sql.SQLException;
import java.util.HashSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Reads the SQL cause out of whatever unchecked exception Active Objects wrapped it in. */
final class AoErrors {
    /** SQLSTATE of a unique violation, the same on PostgreSQL, H2, Oracle and SQL Server. */
    private static final String UNIQUE_VIOLATION = "23505";

    private AoErrors() {}

    static boolean isUniqueViolation(Throwable error) {
        Set<Throwable> seen = new HashSet<>();
        for (@Nullable Throwable t = error; t != null && seen.add(t); t = t.getCause()) {
            if (t instanceof SQLException sql) {
                int chained = 0;
                for (@Nullable SQLException e = sql; e != null && chained++ < 100; e = e.getNextException()) {
                    if (UNIQUE_VIOLATION.equals(e.getSQLState()) || isMySqlDuplicate(e)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    // MySQL reports a duplicate key as the generic integrity state 23000 with its own error code
    private static boolean isMySqlDuplicate(SQLException e) {
        return "23000".equals(e.getSQLState()) && e.getErrorCode() == 1062;
    }
}
