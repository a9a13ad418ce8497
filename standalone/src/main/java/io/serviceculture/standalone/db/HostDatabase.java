package io.serviceculture.standalone.db;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcConnectionPool;
import org.postgresql.ds.PGSimpleDataSource;

/** The database the app's Active Objects tables and the host's settings live in. */
public final class HostDatabase implements AutoCloseable {
    /** Which SQL dialect, for the AO bridge. */
    public enum Kind {
        H2,
        POSTGRESQL
    }

    private final Kind kind;
    private final DataSource dataSource;
    private final String description;

    private HostDatabase(Kind kind, DataSource dataSource, String description) {
        this.kind = kind;
        this.dataSource = dataSource;
        this.description = description;
    }

    /** H2 in a file under {@code dataDir}, or PostgreSQL at {@code postgresql://user:pass@host:port/db}. */
    public static HostDatabase open(Path dataDir, Optional<String> postgresql) {
        if (postgresql.isPresent()) {
            return postgres(postgresql.get());
        }
        Path file = dataDir.toAbsolutePath().resolve("service-culture");
        // MODE=PostgreSQL keeps H2 close to production; AO 3.2.11 needs the 1.4 dialect (see the parent pom)
        String url = "jdbc:h2:file:" + file + ";DB_CLOSE_ON_EXIT=FALSE";
        return new HostDatabase(Kind.H2, JdbcConnectionPool.create(url, "sa", ""), "H2 " + file + ".mv.db");
    }

    static HostDatabase postgres(String spec) {
        URI uri = URI.create(spec);
        PGSimpleDataSource pg = new PGSimpleDataSource();
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
        return new HostDatabase(
                Kind.POSTGRESQL,
                pg,
                "PostgreSQL " + uri.getHost() + ":" + pg.getPortNumbers()[0] + "/" + pg.getDatabaseName());
    }

    private static String decode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }

    public Kind kind() {
        return kind;
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
