package io.serviceculture.standalone.cluster;

import com.atlassian.scheduler.config.JobId;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * Clustered jobs in the shared database, claimed as Jira's scheduler (Caesium) claims them: each job has a next run
 * time and a version, and a node runs a due job only if its compare-and-set of both succeeds
 * ({@code ClusteredJobDao#updateNextRunTime(JobId, Date, long expectedVersion)},
 * https://docs.atlassian.com/atlassian-crowd/4.4.0/com/atlassian/crowd/scheduling/ClusterJobDAODecorator.html).
 * The loser of a race updates no row and skips the run.
 */
public final class DatabaseJobClaims implements JobClaims {
    static final String TABLE = "HOST_CLUSTERED_JOB";

    private final DataSource dataSource;

    public DatabaseJobClaims(DataSource dataSource) {
        this.dataSource = dataSource;
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS " + TABLE + " (JOB_ID VARCHAR(255) PRIMARY KEY, "
                    + "INTERVAL_MILLIS BIGINT NOT NULL, NEXT_RUN BIGINT NOT NULL, VERSION BIGINT NOT NULL)");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create the clustered job table", e);
        }
    }

    @Override
    public void schedule(JobId job, long intervalMillis, long firstRunMillis) {
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO " + TABLE
                    + " (JOB_ID, INTERVAL_MILLIS, NEXT_RUN, VERSION) SELECT ?, ?, ?, 0 WHERE NOT EXISTS "
                    + "(SELECT 1 FROM " + TABLE + " WHERE JOB_ID = ?)")) {
                insert.setString(1, job.toString());
                insert.setLong(2, intervalMillis);
                insert.setLong(3, firstRunMillis);
                insert.setString(4, job.toString());
                if (insert.executeUpdate() == 1) {
                    return;
                }
            } catch (SQLException e) {
                // another node inserted the same job between our check and our insert: the row exists either way
                if (!"23505".equals(e.getSQLState())) {
                    throw e;
                }
            }
            try (PreparedStatement update = c.prepareStatement("UPDATE " + TABLE
                    + " SET INTERVAL_MILLIS = ?, NEXT_RUN = ?, VERSION = VERSION + 1"
                    + " WHERE JOB_ID = ? AND INTERVAL_MILLIS <> ?")) {
                update.setLong(1, intervalMillis);
                update.setLong(2, firstRunMillis);
                update.setString(3, job.toString());
                update.setLong(4, intervalMillis);
                update.executeUpdate();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot schedule " + job, e);
        }
    }

    @Override
    public boolean claim(JobId job, long nowMillis) {
        try (Connection c = dataSource.getConnection()) {
            long interval;
            long version;
            try (PreparedStatement read = c.prepareStatement(
                    "SELECT INTERVAL_MILLIS, NEXT_RUN, VERSION FROM " + TABLE + " WHERE JOB_ID = ?")) {
                read.setString(1, job.toString());
                try (ResultSet r = read.executeQuery()) {
                    if (!r.next() || r.getLong(2) > nowMillis) {
                        return false;
                    }
                    interval = r.getLong(1);
                    version = r.getLong(3);
                }
            }
            try (PreparedStatement update = c.prepareStatement(
                    "UPDATE " + TABLE + " SET NEXT_RUN = ?, VERSION = VERSION + 1 WHERE JOB_ID = ? AND VERSION = ?")) {
                update.setLong(1, nowMillis + interval);
                update.setString(2, job.toString());
                update.setLong(3, version);
                return update.executeUpdate() == 1;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot claim a run of " + job, e);
        }
    }

    @Override
    public void makeDue(JobId job) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement update = c.prepareStatement(
                        "UPDATE " + TABLE + " SET NEXT_RUN = 0, VERSION = VERSION + 1 WHERE JOB_ID = ?")) {
            update.setString(1, job.toString());
            update.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot make " + job + " due", e);
        }
    }
}
