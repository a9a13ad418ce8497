package com.atlassian.audit.entity;

/** An event's area, level, category and action, the last two as i18n keys. */
public final class AuditType {
    private final String categoryI18nKey;
    private final String actionI18nKey;

    private AuditType(String categoryI18nKey, String actionI18nKey) {
        this.categoryI18nKey = categoryI18nKey;
        this.actionI18nKey = actionI18nKey;
    }

    public static Builder fromI18nKeys(
            CoverageArea area, CoverageLevel level, String categoryI18nKey, String actionI18nKey) {
        return new Builder(categoryI18nKey, actionI18nKey);
    }

    public String getCategoryI18nKey() {
        return categoryI18nKey;
    }

    public String getActionI18nKey() {
        return actionI18nKey;
    }

    /** Builds an audit type. */
    public static final class Builder {
        private final String categoryI18nKey;
        private final String actionI18nKey;

        Builder(String categoryI18nKey, String actionI18nKey) {
            this.categoryI18nKey = categoryI18nKey;
            this.actionI18nKey = actionI18nKey;
        }

        public AuditType build() {
            return new AuditType(categoryI18nKey, actionI18nKey);
        }
    }
}
