package io.serviceculture.plugin.persistence;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;

/**
 * The names Jira's AO plugin gives the app's tables, for the few aggregate queries written in SQL because Active
 * Objects has no GROUP BY: "AO_", the last six hex digits of the MD5 of the AO namespace, "_", the entity's
 * {@code @Table} name. Identifiers are quoted, since AO creates them in upper case and PostgreSQL folds unquoted
 * names to lower case.
 */
public final class AppTables {
    /** The AO namespace of the app (design.md §0); it decides the prefix, so it never changes. */
    public static final String NAMESPACE = "io.serviceculture.jira";

    static final String PREFIX = prefix(NAMESPACE);

    private final String quote;
    private final String schema;

    private AppTables(String quote, String schema) {
        this.quote = quote;
        this.schema = schema;
    }

    /** Quoting as the connection's database does it, in Jira's schema if it has one. */
    public static AppTables on(Connection connection, Optional<String> schema) throws SQLException {
        String quote = connection.getMetaData().getIdentifierQuoteString().trim();
        AppTables tables = new AppTables(quote, "");
        return new AppTables(
                quote,
                schema.filter(s -> !s.isBlank())
                        .map(s -> tables.column(s) + ".")
                        .orElse(""));
    }

    /** The full, quoted name of an entity's table, from its {@code @Table} name. */
    public String table(String tableName) {
        return schema + column(PREFIX + tableName);
    }

    /** A quoted column name. */
    public String column(String name) {
        return quote + name + quote;
    }

    static String prefix(String namespace) {
        try {
            byte[] digest = MessageDigest.getInstance("MD5").digest(namespace.getBytes(StandardCharsets.UTF_8));
            String hex = HexFormat.of().formatHex(digest);
            return "AO_" + hex.substring(hex.length() - 6).toUpperCase(Locale.ROOT) + "_";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JRE has MD5", e);
        }
    }
}
