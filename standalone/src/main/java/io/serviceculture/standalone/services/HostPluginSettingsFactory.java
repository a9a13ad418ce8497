package io.serviceculture.standalone.services;

import com.atlassian.cache.Cache;
import com.atlassian.cache.CacheManager;
import com.atlassian.cache.CacheSettingsBuilder;
import com.atlassian.sal.api.pluginsettings.PluginSettings;
import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;

/**
 * SAL's {@code PluginSettingsFactory} backed by one table, {@code HOST_PLUGIN_SETTINGS}. Like SAL it stores
 * strings, lists of strings, string maps and {@code Properties}, each under a namespaced key. Reads go through a
 * clustered cache, as Jira serves plugin settings from its cached property sets: a page that asks ten settings
 * costs no query, and a write on any node empties the cache on every node (see {@code HostCacheManager}).
 */
public final class HostPluginSettingsFactory implements PluginSettingsFactory {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String GLOBAL = "global";

    private final DataSource dataSource;
    /** Encoded values by full key; empty when the key holds nothing. Decoded per read: callers get their own copy. */
    private final Cache<String, Optional<String>> stored;

    public HostPluginSettingsFactory(DataSource dataSource, CacheManager caches) {
        this.dataSource = dataSource;
        this.stored = caches.getCache(
                HostPluginSettingsFactory.class.getName() + ".settings",
                this::read,
                new CacheSettingsBuilder().remote().replicateViaInvalidation().build());
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS HOST_PLUGIN_SETTINGS "
                    + "(SETTINGS_KEY VARCHAR(400) PRIMARY KEY, SETTINGS_VALUE TEXT NOT NULL)");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create the plugin settings table", e);
        }
    }

    @Override
    public PluginSettings createSettingsForKey(String key) {
        return new Settings("project." + key + ".");
    }

    @Override
    public PluginSettings createGlobalSettings() {
        return new Settings(GLOBAL + ".");
    }

    /** Settings under one namespace. */
    private final class Settings implements PluginSettings {
        private final String prefix;

        Settings(String prefix) {
            this.prefix = prefix;
        }

        @Override
        public @Nullable Object get(String key) {
            Optional<String> encoded = stored.get(prefix + key);
            return encoded == null || encoded.isEmpty() ? null : decode(encoded.get());
        }

        @Override
        public @Nullable Object put(String key, @Nullable Object value) {
            if (value == null) {
                return remove(key);
            }
            String encoded = encode(value);
            Object previous = get(key);
            try (Connection c = dataSource.getConnection()) {
                c.setAutoCommit(false);
                try (PreparedStatement delete =
                                c.prepareStatement("DELETE FROM HOST_PLUGIN_SETTINGS WHERE SETTINGS_KEY = ?");
                        PreparedStatement insert = c.prepareStatement(
                                "INSERT INTO HOST_PLUGIN_SETTINGS (SETTINGS_KEY, SETTINGS_VALUE) VALUES (?, ?)")) {
                    delete.setString(1, prefix + key);
                    delete.executeUpdate();
                    insert.setString(1, prefix + key);
                    insert.setString(2, encoded);
                    insert.executeUpdate();
                    c.commit();
                    stored.removeAll();
                } catch (SQLException e) {
                    c.rollback();
                    throw e;
                }
            } catch (SQLException e) {
                throw new IllegalStateException("cannot write setting " + key, e);
            }
            return previous;
        }

        @Override
        public @Nullable Object remove(String key) {
            Object previous = get(key);
            try (Connection c = dataSource.getConnection();
                    PreparedStatement s =
                            c.prepareStatement("DELETE FROM HOST_PLUGIN_SETTINGS WHERE SETTINGS_KEY = ?")) {
                s.setString(1, prefix + key);
                s.executeUpdate();
                stored.removeAll();
            } catch (SQLException e) {
                throw new IllegalStateException("cannot remove setting " + key, e);
            }
            return previous;
        }
    }

    private Optional<String> read(String fullKey) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s =
                        c.prepareStatement("SELECT SETTINGS_VALUE FROM HOST_PLUGIN_SETTINGS WHERE SETTINGS_KEY = ?")) {
            s.setString(1, fullKey);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? Optional.of(r.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read setting " + fullKey, e);
        }
    }

    static String encode(Object value) {
        try {
            if (value instanceof String) {
                return "S" + value;
            }
            if (value instanceof List) {
                return "L" + JSON.writeValueAsString(value);
            }
            if (value instanceof Properties) {
                Map<String, String> copy = new LinkedHashMap<>();
                ((Properties) value)
                        .stringPropertyNames()
                        .forEach(n -> copy.put(n, ((Properties) value).getProperty(n)));
                return "P" + JSON.writeValueAsString(copy);
            }
            if (value instanceof Map) {
                return "M" + JSON.writeValueAsString(value);
            }
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot store " + value, e);
        }
        throw new IllegalArgumentException("plugin settings hold only String, List, Map and Properties, not "
                + value.getClass().getName());
    }

    static Object decode(String stored) {
        String body = stored.substring(1);
        try {
            switch (stored.charAt(0)) {
                case 'S':
                    return body;
                case 'L':
                    return JSON.readValue(body, new TypeReference<List<String>>() {});
                case 'M':
                    return JSON.readValue(body, new TypeReference<Map<String, String>>() {});
                case 'P':
                    Properties p = new Properties();
                    p.putAll(JSON.readValue(body, new TypeReference<Map<String, String>>() {}));
                    return p;
                default:
                    throw new IllegalStateException("unknown setting type in " + stored);
            }
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable setting " + stored, e);
        }
    }
}
