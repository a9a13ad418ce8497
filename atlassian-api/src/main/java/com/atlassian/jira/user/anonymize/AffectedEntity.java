package com.atlassian.jira.user.anonymize;

import org.jspecify.annotations.Nullable;

/** One line of Jira's anonymisation preview: what happens, to what (an i18n key), how many times. */
public final class AffectedEntity {
    private final AffectedEntityType type;
    private final @Nullable String descriptionKey;
    private final @Nullable Long numberOfOccurrences;

    private AffectedEntity(Builder builder) {
        this.type = builder.type;
        this.descriptionKey = builder.descriptionKey;
        this.numberOfOccurrences = builder.numberOfOccurrences;
    }

    public static Builder newBuilder(AffectedEntityType type) {
        return new Builder(type);
    }

    public AffectedEntityType getType() {
        return type;
    }

    public @Nullable String getDescriptionKey() {
        return descriptionKey;
    }

    public @Nullable Long getNumberOfOccurrences() {
        return numberOfOccurrences;
    }

    /** Builds an {@link AffectedEntity}. */
    public static final class Builder {
        private final AffectedEntityType type;
        private @Nullable String descriptionKey;
        private @Nullable Long numberOfOccurrences;

        private Builder(AffectedEntityType type) {
            this.type = type;
        }

        public Builder descriptionKey(String descriptionKey) {
            this.descriptionKey = descriptionKey;
            return this;
        }

        public Builder numberOfOccurrences(Long numberOfOccurrences) {
            this.numberOfOccurrences = numberOfOccurrences;
            return this;
        }

        public AffectedEntity build() {
            return new AffectedEntity(this);
        }
    }
}
