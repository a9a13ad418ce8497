package io.serviceculture.aobridge;

import java.io.PrintWriter;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A data source whose connections skip setting the isolation level they already have. net.java.ao sets it at the
 * start of every transaction, and PostgreSQL's driver sends a {@code SET SESSION CHARACTERISTICS} statement each
 * time: a round trip per transaction that Jira's own transactions, which AO joins there, do not make.
 *
 * <p>Every connection leaves this data source at the database's default level, reset on close if it was changed,
 * so each one taken from the pool starts at the default. That holds while nothing else changes the isolation of
 * the pool's connections; the host's own code never does.
 */
final class SteadyIsolationDataSource implements DataSource {
    private final DataSource pool;
    private final int defaultLevel;

    private SteadyIsolationDataSource(DataSource pool, int defaultLevel) {
        this.pool = pool;
        this.defaultLevel = defaultLevel;
    }

    static DataSource over(DataSource pool) {
        try (Connection connection = pool.getConnection()) {
            return new SteadyIsolationDataSource(pool, connection.getTransactionIsolation());
        } catch (SQLException e) {
            throw new AoSqlException("cannot reach the database", e);
        }
    }

    @Override
    public Connection getConnection() throws SQLException {
        return steady(pool.getConnection());
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return steady(pool.getConnection(username, password));
    }

    private Connection steady(Connection connection) {
        return (Connection) Proxy.newProxyInstance(
                Connection.class.getClassLoader(), new Class<?>[] {Connection.class}, new Handler(connection));
    }

    private final class Handler implements InvocationHandler {
        private final Connection connection;
        private int level = defaultLevel;

        Handler(Connection connection) {
            this.connection = connection;
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            String name = method.getName();
            if (name.equals("setTransactionIsolation") && args.length == 1) {
                int wanted = (Integer) args[0];
                if (wanted == level) {
                    return null;
                }
                connection.setTransactionIsolation(wanted);
                level = wanted;
                return null;
            }
            if (name.equals("equals") && args.length == 1) {
                return proxy == args[0];
            }
            if (name.equals("hashCode") && (args == null || args.length == 0)) {
                return System.identityHashCode(proxy);
            }
            if (name.equals("close") && (args == null || args.length == 0) && level != defaultLevel) {
                try {
                    connection.setTransactionIsolation(defaultLevel);
                    level = defaultLevel;
                } finally {
                    connection.close();
                }
                return null;
            }
            try {
                return method.invoke(connection, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
        return pool.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
        pool.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        pool.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
        return pool.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        return pool.getParentLogger();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        return pool.unwrap(type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) throws SQLException {
        return pool.isWrapperFor(type);
    }
}
