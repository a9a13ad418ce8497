package io.serviceculture.standalone.db;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcConnectionPool;
import org.postgresql.ds.PGConnectionPoolDataSource;

/** The database the app's Active Objects tables and the host's settings live in. */
public final class HostDatabase implements AutoCloseable {
    /** Which SQL dialect, for the AO bridge. */
    public enum Kind {
        H2,
        POSTGRESQL
    }

    /** Enough for Tomcat's busy threads in a load run; the pool blocks beyond it. */
    private static final int MAX_CONNECTIONS = 64;

    private final Kind kind;
    private final DataSource dataSource;
    private final String description;
    private final Optional<String> postgresUser;

    private HostDatabase(Kind kind, DataSource dataSource, String description, Optional<String> postgresUser) {
        this.kind = kind;
        this.dataSource = dataSource;
        this.description = description;
        this.postgresUser = postgresUser;
    }

    /** H2 in a file under {@code dataDir}, or PostgreSQL at {@code postgresql://user:pass@host:port/db}. */
    public static HostDatabase open(Path dataDir, Optional<String> postgresql) {
        if (postgresql.isPresent()) {
            return postgres(postgresql.get());
        }
        Path file = dataDir.toAbsolutePath().resolve("service-culture");
        // H2 1.4 (see the parent pom): AO 3.2.11's H2 provider speaks its dialect
        String url = "jdbc:h2:file:" + file + ";DB_CLOSE_ON_EXIT=FALSE";
        JdbcConnectionPool pool = JdbcConnectionPool.create(url, "sa", "");
        pool.setMaxConnections(MAX_CONNECTIONS);
        return new HostDatabase(Kind.H2, pool, "H2 " + file + ".mv.db", Optional.empty());
    }

    static HostDatabase postgres(String spec) {
        URI uri = URI.create(spec);
        PGConnectionPoolDataSource pg = new PGConnectionPoolDataSource();
        pg.setServerNames(new String[] {uri.getHost()});
        pg.setPortNumbers(new int[] {uri.getPort() < 0 ? 5432 : uri.getPort()});
        pg.setDatabaseName(uri.getPath().replaceFirst("^/", ""));
        String userInfo = uri.getRawUserInfo();
        if (userInfo != null) {
            int colon = userInfo.indexOf(':');
            pg.setUser(decode(colon < 0 ? userInfo : userInfo.substring(0, colon)));
            if (colon >= 0) {
                pg.setPassword(decode(userInfo.substring(colon + 1)));
            }
        }
        // H2's small pool works over any ConnectionPoolDataSource: no connection per request to PostgreSQL
        JdbcConnectionPool pool = JdbcConnectionPool.create(pg);
        pool.setMaxConnections(MAX_CONNECTIONS);
        return new HostDatabase(
                Kind.POSTGRESQL,
                pool,
                "PostgreSQL " + uri.getHost() + ":" + pg.getPortNumbers()[0] + "/" + pg.getDatabaseName(),
                Optional.ofNullable(pg.getUser()));
    }

    private static String decode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }

    public Kind kind() {
        return kind;
    }

    /** The PostgreSQL user from the URL, decoded. */
    public Optional<String> postgresUser() {
        return postgresUser;
    }

    public DataSource dataSource() {
        return dataSource;
    }

    @Override
    public String toString() {
        return description;
    }

    @Override
    public void close() {
        if (dataSource instanceof JdbcConnectionPool) {
            ((JdbcConnectionPool) dataSource).dispose();
        }
    }
}
