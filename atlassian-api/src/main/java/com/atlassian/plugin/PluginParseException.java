package com.atlassian.plugin;

import org.jspecify.annotations.Nullable;

/** A module's configuration in the descriptor is wrong. */
public class PluginParseException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public PluginParseException() {}

    public PluginParseException(@Nullable String message) {
        super(message);
    }

    public PluginParseException(@Nullable Throwable cause) {
        super(cause);
    }

    public PluginParseException(@Nullable String message, @Nullable Throwable cause) {
        super(message, cause);
    }
}
