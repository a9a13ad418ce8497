package io.serviceculture.plugin.people;

import com.atlassian.sal.api.pluginsettings.PluginSettings;
import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Jira's plugin settings as a map, so tests read back what the app stored. */
public final class MapPluginSettings implements PluginSettings {
    private final Map<String, Object> values = new HashMap<>();

    public PluginSettingsFactory factory() {
        return new PluginSettingsFactory() {
            @Override
            public PluginSettings createGlobalSettings() {
                return MapPluginSettings.this;
            }

            @Override
            public PluginSettings createSettingsForKey(String key) {
                return MapPluginSettings.this;
            }
        };
    }

    @Override
    public @Nullable Object get(String key) {
        return values.get(key);
    }

    @Override
    public @Nullable Object put(String key, @Nullable Object value) {
        return value == null ? values.remove(key) : values.put(key, value);
    }

    @Override
    public @Nullable Object remove(String key) {
        return values.remove(key);
    }
}
