package com.atlassian.jira.bc.user.search;

import org.jspecify.annotations.Nullable;

/** What a user search includes and how many users it returns; built with {@link Builder}. */
public class UserSearchParams {
    private final boolean allowEmptyQuery;
    private final boolean includeActive;
    private final boolean includeInactive;
    private final boolean canMatchEmail;
    private final @Nullable Integer maxResults;

    UserSearchParams(Builder builder) {
        this.allowEmptyQuery = builder.allowEmptyQuery;
        this.includeActive = builder.includeActive;
        this.includeInactive = builder.includeInactive;
        this.canMatchEmail = builder.canMatchEmail;
        this.maxResults = builder.maxResults;
    }

    public static Builder builder() {
        return new Builder();
    }

    public boolean allowEmptyQuery() {
        return allowEmptyQuery;
    }

    public boolean includeActive() {
        return includeActive;
    }

    public boolean includeInactive() {
        return includeInactive;
    }

    public boolean canMatchEmail() {
        return canMatchEmail;
    }

    public @Nullable Integer getMaxResults() {
        return maxResults;
    }

    /** Builds search parameters. */
    public static class Builder {
        private boolean allowEmptyQuery;
        private boolean includeActive = true;
        private boolean includeInactive;
        private boolean canMatchEmail;
        private @Nullable Integer maxResults;

        public Builder allowEmptyQuery(boolean allow) {
            this.allowEmptyQuery = allow;
            return this;
        }

        public Builder includeActive(boolean include) {
            this.includeActive = include;
            return this;
        }

        public Builder includeInactive(boolean include) {
            this.includeInactive = include;
            return this;
        }

        public Builder canMatchEmail(boolean can) {
            this.canMatchEmail = can;
            return this;
        }

        public Builder maxResults(@Nullable Integer max) {
            this.maxResults = max;
            return this;
        }

        public UserSearchParams build() {
            return new UserSearchParams(this);
        }
    }
}
