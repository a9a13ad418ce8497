package com.atlassian.sal.api.pluginsettings;

/** Opens key-value settings stores. */
public interface PluginSettingsFactory {
    PluginSettings createSettingsForKey(String key);

    PluginSettings createGlobalSettings();
}
