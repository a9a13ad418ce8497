package com.atlassian.sal.api.pluginsettings;

import org.jspecify.annotations.Nullable;

/** A key-value store of strings, lists and maps of strings. */
public interface PluginSettings {
    @Nullable
    Object get(String key);

    @Nullable
    Object put(String key, @Nullable Object value);

    @Nullable
    Object remove(String key);
}
