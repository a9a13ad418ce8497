package io.serviceculture.core.config;

/** Reads the app's whole configuration, and replaces it. */
public interface ConfigurationPort {
    AppConfiguration current();

    /**
     * Makes {@code target} the configuration, all or nothing: when any write fails, every earlier one is undone
     * and the previous configuration stays exactly as it was.
     */
    void replace(AppConfiguration target);
}
