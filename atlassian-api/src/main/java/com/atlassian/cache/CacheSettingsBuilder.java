package com.atlassian.cache;

import org.jspecify.annotations.Nullable;

/** Builds {@link CacheSettings}. */
public class CacheSettingsBuilder {
    private @Nullable Boolean local;
    private @Nullable Boolean replicateViaCopy;

    /** Clustered in a clustered deployment. */
    public CacheSettingsBuilder remote() {
        local = false;
        return this;
    }

    /** In a cluster, a change on one node removes the entry on the others instead of copying it there. */
    public CacheSettingsBuilder replicateViaInvalidation() {
        replicateViaCopy = false;
        return this;
    }

    public CacheSettings build() {
        Boolean builtLocal = local;
        Boolean builtViaCopy = replicateViaCopy;
        return new CacheSettings() {
            @Override
            public @Nullable Boolean getLocal() {
                return builtLocal;
            }

            @Override
            public @Nullable Boolean getReplicateViaCopy() {
                return builtViaCopy;
            }
        };
    }
}
