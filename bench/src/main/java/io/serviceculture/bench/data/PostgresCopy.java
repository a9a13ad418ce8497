package io.serviceculture.bench.data;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Bulk-loads rows into the app's Active Objects tables with PostgreSQL's {@code COPY … FROM STDIN} (CSV), one
 * connection and one COPY per table, flushed in 1 MB blocks. Tables are named as Jira names them for the app's AO
 * namespace ({@code AO_} + the last six hex digits of its MD5 + {@code _} + the entity's table).
 */
public final class PostgresCopy implements TableSink.Factory {
    /** design.md section 0: the AO namespace, which decides the table prefix. */
    public static final String AO_NAMESPACE = "io.serviceculture.jira";

    private static final int FLUSH_BYTES = 1 << 20;

    private final DataSource dataSource;
    private final DateTimeFormatter timestamps;

    /**
     * @param zone the zone the host's JVM writes {@code java.util.Date} in: AO stores them in PostgreSQL
     *     {@code timestamp} columns without a zone, through JDBC, in the JVM's default zone
     */
    public PostgresCopy(DataSource dataSource, ZoneId zone) {
        this.dataSource = dataSource;
        this.timestamps = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS", Locale.ROOT)
                .withZone(zone);
    }

    /** {@code "AO_439D1B_KUDOS"}, quoted for SQL. */
    public static String table(String entityTable) {
        return "\"" + prefix() + entityTable + "\"";
    }

    static String prefix() {
        try {
            byte[] md5 = MessageDigest.getInstance("MD5").digest(AO_NAMESPACE.getBytes(StandardCharsets.UTF_8));
            String hex = String.format(Locale.ROOT, "%032x", new BigInteger(1, md5));
            return "AO_" + hex.substring(hex.length() - 6).toUpperCase(Locale.ROOT) + "_";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has MD5", e);
        }
    }

    @Override
    public TableSink open(String entityTable, List<String> columns) throws IOException {
        String sql = "COPY " + table(entityTable) + " ("
                + columns.stream().map(c -> "\"" + c + "\"").collect(Collectors.joining(", "))
                + ") FROM STDIN WITH (FORMAT csv)";
        try {
            Connection connection = dataSource.getConnection();
            try {
                CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(sql);
                return new Sink(connection, copy, columns.size());
            } catch (SQLException | RuntimeException e) {
                connection.close();
                throw e;
            }
        } catch (SQLException e) {
            throw new IOException("cannot start " + sql, e);
        }
    }

    /** One table's COPY. */
    private final class Sink implements TableSink {
        private final Connection connection;
        private final CopyIn copy;
        private final int width;
        private final StringBuilder buffer = new StringBuilder(FLUSH_BYTES + 4096);
        private long rows;

        Sink(Connection connection, CopyIn copy, int width) {
            this.connection = connection;
            this.copy = copy;
            this.width = width;
        }

        @Override
        public void add(@Nullable Object... cells) throws IOException {
            if (cells.length != width) {
                throw new IllegalArgumentException("expected " + width + " cells, got " + cells.length);
            }
            for (int i = 0; i < cells.length; i++) {
                if (i > 0) {
                    buffer.append(',');
                }
                appendCell(buffer, cells[i]);
            }
            buffer.append('\n');
            rows++;
            if (buffer.length() >= FLUSH_BYTES) {
                flush();
            }
        }

        private void appendCell(StringBuilder out, @Nullable Object cell) {
            if (cell == null) {
                return;
            }
            if (cell instanceof Instant instant) {
                out.append(timestamps.format(instant));
            } else if (cell instanceof Number || cell instanceof Boolean) {
                out.append(cell);
            } else {
                out.append(csv(cell.toString()));
            }
        }

        private void flush() throws IOException {
            byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
            buffer.setLength(0);
            try {
                copy.writeToCopy(bytes, 0, bytes.length);
            } catch (SQLException e) {
                throw new IOException("COPY failed", e);
            }
        }

        @Override
        public long rows() {
            return rows;
        }

        @Override
        public void close() throws IOException {
            Connection owned = connection;
            try (owned) {
                flush();
                copy.endCopy();
            } catch (SQLException e) {
                throw new IOException("COPY failed", e);
            }
        }
    }

    /** A CSV field, always quoted, so an empty string is not read as NULL. */
    static String csv(String text) {
        return "\"" + text.replace("\"", "\"\"") + "\"";
    }
}
