package io.serviceculture.standalone.cluster;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import javax.sql.DataSource;

/**
 * A lock every node of the cluster sees, held as a row of the shared database, for work only one node may do at a
 * time, such as upgrading the app's tables at start; Jira's AO plugin takes a {@code ClusterLockService} lock for
 * the same work. A row older than {@link #STALE} is taken to belong to a node that died holding it.
 */
public final class DatabaseClusterLock {
    static final String TABLE = "HOST_CLUSTER_LOCK";
    static final Duration STALE = Duration.ofMinutes(5);
    private static final long RETRY_MILLIS = 100;

    private final DataSource dataSource;
    private final String nodeId;

    public DatabaseClusterLock(DataSource dataSource, String nodeId) {
        this.dataSource = dataSource;
        this.nodeId = nodeId;
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS " + TABLE
                    + " (LOCK_NAME VARCHAR(255) PRIMARY KEY, NODE_ID VARCHAR(64) NOT NULL, LOCKED_AT BIGINT NOT NULL)");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create the cluster lock table", e);
        }
    }

    /** Runs the work while holding the named lock, waiting up to the timeout for another node to let it go. */
    public void runLocked(String name, Duration timeout, Runnable work) {
        acquire(name, timeout);
        try {
            work.run();
        } finally {
            release(name);
        }
    }

    private void acquire(String name, Duration timeout) {
        long giveUp = System.currentTimeMillis() + timeout.toMillis();
        while (!tryAcquire(name)) {
            if (System.currentTimeMillis() > giveUp) {
                throw new IllegalStateException("node " + nodeId + " waited " + timeout + " for cluster lock " + name);
            }
            try {
                Thread.sleep(RETRY_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted waiting for cluster lock " + name, e);
            }
        }
    }

    private boolean tryAcquire(String name) {
        long now = System.currentTimeMillis();
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement stale =
                    c.prepareStatement("DELETE FROM " + TABLE + " WHERE LOCK_NAME = ? AND LOCKED_AT < ?")) {
                stale.setString(1, name);
                stale.setLong(2, now - STALE.toMillis());
                stale.executeUpdate();
            }
            try (PreparedStatement insert =
                    c.prepareStatement("INSERT INTO " + TABLE + " (LOCK_NAME, NODE_ID, LOCKED_AT) VALUES (?, ?, ?)")) {
                insert.setString(1, name);
                insert.setString(2, nodeId);
                insert.setLong(3, now);
                insert.executeUpdate();
                return true;
            }
        } catch (SQLException e) {
            if ("23505".equals(e.getSQLState())) {
                return false;
            }
            throw new IllegalStateException("cannot take cluster lock " + name, e);
        }
    }

    private void release(String name) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement delete =
                        c.prepareStatement("DELETE FROM " + TABLE + " WHERE LOCK_NAME = ? AND NODE_ID = ?")) {
            delete.setString(1, name);
            delete.setString(2, nodeId);
            delete.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot release cluster lock " + name, e);
        }
    }
}
