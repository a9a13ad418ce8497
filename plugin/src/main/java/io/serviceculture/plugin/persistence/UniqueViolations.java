package io.serviceculture.plugin.persistence;

import java.sql.SQLException;
import java.util.HashSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Whether Active Objects failed on a unique column, whatever unchecked exception wraps the SQL cause. The
 * features rely on unique keys, not locks, for their rules under concurrency, and tell such a refusal from a
 * real failure here.
 */
public final class UniqueViolations {
    /** SQLSTATE of a unique violation on PostgreSQL, H2, Oracle and SQL Server. */
    private static final String UNIQUE_VIOLATION = "23505";

    private UniqueViolations() {}

    public static boolean isUniqueViolation(Throwable error) {
        Set<Throwable> seen = new HashSet<>();
        for (@Nullable Throwable t = error; t != null && seen.add(t); t = t.getCause()) {
            if (t instanceof SQLException sql) {
                int chained = 0;
                for (@Nullable SQLException e = sql; e != null && chained++ < 100; e = e.getNextException()) {
                    // MySQL reports a duplicate key as the integrity state 23000 with error code 1062
                    if (UNIQUE_VIOLATION.equals(e.getSQLState())
                            || ("23000".equals(e.getSQLState()) && e.getErrorCode() == 1062)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
