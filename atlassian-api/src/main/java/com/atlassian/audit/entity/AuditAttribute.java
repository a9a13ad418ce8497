package com.atlassian.audit.entity;

/** A name (as an i18n key) and value giving more detail about an audit event. */
public final class AuditAttribute {
    private final String nameI18nKey;
    private final String value;

    private AuditAttribute(String nameI18nKey, String value) {
        this.nameI18nKey = nameI18nKey;
        this.value = value;
    }

    public String getNameI18nKey() {
        return nameI18nKey;
    }

    public String getValue() {
        return value;
    }

    /** Builds an attribute. */
    public static final class Builder {
        private final String nameI18nKey;
        private final String value;

        public Builder(String nameI18nKey, String value) {
            this.nameI18nKey = nameI18nKey;
            this.value = value;
        }

        public AuditAttribute build() {
            return new AuditAttribute(nameI18nKey, value);
        }
    }
}
