package io.serviceculture.plugin.reports;

import com.atlassian.audit.api.AuditService;
import com.atlassian.audit.entity.AuditAttribute;
import com.atlassian.audit.entity.AuditEvent;
import com.atlassian.audit.entity.AuditType;
import com.atlassian.audit.entity.CoverageArea;
import com.atlassian.audit.entity.CoverageLevel;
import javax.inject.Inject;
import javax.inject.Named;

/**
 * Records every report download, and the admin's setting for private text, in Jira's audit log, which adds who
 * and when. Texts are i18n keys, so the log shows them in each reader's language.
 */
@Named
public class ReportsAudit {
    static final String CATEGORY = "service-culture.audit.category";
    static final String EXPORTED = "service-culture.audit.reports.kudos-exported";
    static final String PRIVATE_TEXT_SET = "service-culture.audit.reports.private-text-set";
    static final String REPORT = "service-culture.audit.attribute.report";
    static final String FILTER = "service-culture.audit.attribute.filter";
    static final String VALUE = "service-culture.audit.attribute.value";

    private final AuditService audit;

    @Inject
    public ReportsAudit(AuditService audit) {
        this.audit = audit;
    }

    /**
     * @param report what was downloaded, as {@code detail.csv}
     * @param filter the filter as the request gave it
     */
    public void exported(String report, String filter) {
        audit.audit(AuditEvent.builder(type(CoverageArea.END_USER_ACTIVITY, EXPORTED))
                .extraAttribute(new AuditAttribute.Builder(REPORT, report).build())
                .extraAttribute(new AuditAttribute.Builder(FILTER, filter).build())
                .build());
    }

    public void privateTextSet(boolean allowed) {
        audit.audit(AuditEvent.builder(type(CoverageArea.GLOBAL_CONFIG_AND_ADMINISTRATION, PRIVATE_TEXT_SET))
                .extraAttribute(new AuditAttribute.Builder(VALUE, String.valueOf(allowed)).build())
                .build());
    }

    private static AuditType type(CoverageArea area, String action) {
        return AuditType.fromI18nKeys(area, CoverageLevel.BASE, CATEGORY, action)
                .build();
    }
}
