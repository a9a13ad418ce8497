package io.serviceculture.aobridge;

import java.sql.SQLException;

/** A database error under the ActiveObjects service, unchecked as in Jira; the SQL cause is kept. */
public final class AoSqlException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public AoSqlException(String message, SQLException cause) {
        super(message + ": " + cause.getMessage(), cause);
    }
}
