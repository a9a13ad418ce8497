package io.serviceculture.bench.data;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The PostgreSQL a scale run uses: a server given by URL ({@code postgresql://user:pass@host:port/db}, e.g. the
 * one the install script sets up), or PostgreSQL 14 embedded from a Maven Central artifact with its data kept in
 * a folder, so the generator and the load run can use the same data one after the other.
 */
public final class ScaleDatabase implements AutoCloseable {
    private final String url;
    private final @Nullable EmbeddedPostgres embedded;

    private ScaleDatabase(String url, @Nullable EmbeddedPostgres embedded) {
        this.url = url;
        this.embedded = embedded;
    }

    /** The server at {@code postgresql://…} when given, else the embedded one over {@code pgData}. */
    public static ScaleDatabase open(Optional<String> postgresUrl, Path pgData) throws IOException {
        if (postgresUrl.isPresent()) {
            return new ScaleDatabase(postgresUrl.get(), null);
        }
        Files.createDirectories(pgData);
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setDataDirectory(pgData)
                .setCleanDataDirectory(false)
                // a bulk load and a load run, not a bank: less fsync, more memory for sorts and the cache
                .setServerConfig("synchronous_commit", "off")
                .setServerConfig("shared_buffers", "256MB")
                .setServerConfig("maintenance_work_mem", "256MB")
                .setServerConfig("max_connections", "300")
                .start();
        return new ScaleDatabase(
                "postgresql://postgres:postgres@localhost:" + postgres.getPort() + "/postgres", postgres);
    }

    /** For the host's {@code --db} option. */
    public String url() {
        return url;
    }

    public DataSource dataSource() {
        URI uri = URI.create(url);
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
        return pg;
    }

    private static String decode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }

    @Override
    public void close() throws IOException {
        if (embedded != null) {
            embedded.close();
        }
    }
}
