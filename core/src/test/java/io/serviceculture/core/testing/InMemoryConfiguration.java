package io.serviceculture.core.testing;

import io.serviceculture.core.config.AppConfiguration;
import io.serviceculture.core.config.ConfigurationPort;

/** The configuration in a field; replacing it counts, so tests see whether anything was written. */
public final class InMemoryConfiguration implements ConfigurationPort {
    private AppConfiguration configuration;
    private int replacements;

    public InMemoryConfiguration(AppConfiguration configuration) {
        this.configuration = configuration;
    }

    @Override
    public AppConfiguration current() {
        return configuration;
    }

    @Override
    public void replace(AppConfiguration target) {
        configuration = target;
        replacements++;
    }

    public int replacements() {
        return replacements;
    }
}
