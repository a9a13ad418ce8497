package io.serviceculture.aobridge;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import net.java.ao.atlassian.TablePrefix;

/**
 * The {@code AO_xxxxxx_} prefix Jira's AO plugin gives a namespace's tables: "AO_" and the last six hex digits of
 * the MD5 of the namespace (UTF-8), upper-case, then "_". Tables made here are the tables Jira would use.
 */
public record AoTablePrefix(String value) implements TablePrefix {
    public AoTablePrefix {
        if (!value.matches("AO_[0-9A-F]{6}_")) {
            throw new IllegalArgumentException("not an AO table prefix: " + value);
        }
    }

    public static AoTablePrefix forNamespace(String namespace) {
        if (namespace.isBlank()) {
            throw new IllegalArgumentException("the AO namespace must not be blank");
        }
        String hash = HexFormat.of().formatHex(md5(namespace.getBytes(StandardCharsets.UTF_8)));
        return new AoTablePrefix("AO_" + hash.substring(hash.length() - 6).toUpperCase(Locale.ROOT) + "_");
    }

    @Override
    public String prepend(String name) {
        return value + name;
    }

    boolean starts(String tableName) {
        return tableName.toUpperCase(Locale.ROOT).startsWith(value);
    }

    private static byte[] md5(byte[] bytes) {
        try {
            return MessageDigest.getInstance("MD5").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JRE has MD5", e);
        }
    }
}
