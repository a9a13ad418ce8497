package com.atlassian.audit.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** What happened, for the audit log; who did it and when the audit service works out itself. */
public final class AuditEvent {
    private final AuditType type;
    private final List<AuditAttribute> extraAttributes;

    private AuditEvent(AuditType type, List<AuditAttribute> extraAttributes) {
        this.type = type;
        this.extraAttributes = List.copyOf(extraAttributes);
    }

    public static Builder builder(AuditType type) {
        return new Builder(type);
    }

    public String getActionI18nKey() {
        return type.getActionI18nKey();
    }

    public Optional<String> getExtraAttributeByKey(String nameKey) {
        return extraAttributes.stream()
                .filter(attribute -> attribute.getNameI18nKey().equals(nameKey))
                .map(AuditAttribute::getValue)
                .findFirst();
    }

    /** Builds an audit event. */
    public static final class Builder {
        private final AuditType type;
        private final List<AuditAttribute> extraAttributes = new ArrayList<>();

        Builder(AuditType type) {
            this.type = type;
        }

        public Builder extraAttribute(AuditAttribute extraAttribute) {
            extraAttributes.add(extraAttribute);
            return this;
        }

        public AuditEvent build() {
            return new AuditEvent(type, extraAttributes);
        }
    }
}
