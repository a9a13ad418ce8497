package io.serviceculture.plugin.people;

import com.atlassian.audit.api.AuditService;
import com.atlassian.audit.entity.AuditAttribute;
import com.atlassian.audit.entity.AuditEvent;
import com.atlassian.audit.entity.AuditType;
import com.atlassian.audit.entity.CoverageArea;
import com.atlassian.audit.entity.CoverageLevel;
import javax.inject.Inject;
import javax.inject.Named;

/**
 * Records an admin's changes to the people directory in Jira's audit log, which adds who did it and when. Texts
 * are i18n keys, so the log shows them in each reader's language.
 */
@Named
public class PeopleAudit {
    static final String CATEGORY = "service-culture.audit.category";
    static final String SUBJECT = "service-culture.audit.attribute.subject";
    static final String VALUE = "service-culture.audit.attribute.value";

    private final AuditService audit;

    @Inject
    public PeopleAudit(AuditService audit) {
        this.audit = audit;
    }

    /**
     * @param actionKey the full i18n key of what was done
     * @param subject what it was done to: a group, a person's user key, a feature
     * @param value the new value, or an empty string when the action says it all
     */
    public void record(String actionKey, String subject, String value) {
        AuditType type = AuditType.fromI18nKeys(
                        CoverageArea.GLOBAL_CONFIG_AND_ADMINISTRATION, CoverageLevel.BASE, CATEGORY, actionKey)
                .build();
        AuditEvent.Builder event =
                AuditEvent.builder(type).extraAttribute(new AuditAttribute.Builder(SUBJECT, subject).build());
        if (!value.isEmpty()) {
            event.extraAttribute(new AuditAttribute.Builder(VALUE, value).build());
        }
        audit.audit(event.build());
    }
}
