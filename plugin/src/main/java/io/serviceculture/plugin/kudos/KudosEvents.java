package io.serviceculture.plugin.kudos;

import com.atlassian.audit.api.AuditService;
import com.atlassian.audit.entity.AuditAttribute;
import com.atlassian.audit.entity.AuditEvent;
import com.atlassian.audit.entity.AuditType;
import com.atlassian.audit.entity.CoverageArea;
import com.atlassian.audit.entity.CoverageLevel;
import io.serviceculture.core.kudos.Kudos;
import io.serviceculture.core.kudos.KudosEventsPort;
import javax.inject.Inject;
import javax.inject.Named;

/**
 * What follows a stored kudos change in Jira: moderation goes to Jira's audit log (who hid which kudos, why, and
 * whose it was), so HR's actions can be reviewed like an admin's.
 */
@Named
public class KudosEvents implements KudosEventsPort {
    static final String CATEGORY = "service-culture.audit.category";
    static final String HIDDEN = "service-culture.audit.kudos.hidden";
    static final String KUDOS = "service-culture.audit.attribute.kudos";
    static final String GIVER = "service-culture.audit.attribute.giver";
    static final String REASON = "service-culture.audit.attribute.reason";

    private final AuditService audit;

    @Inject
    public KudosEvents(AuditService audit) {
        this.audit = audit;
    }

    @Override
    public void given(Kudos kudos) {
        // receivers are told by mail and by a notice on their next page view, which reads the store
    }

    @Override
    public void hidden(Kudos kudos) {
        String reason = kudos.hidden().map(Kudos.Moderation::reason).orElse("");
        AuditType type = AuditType.fromI18nKeys(CoverageArea.END_USER_ACTIVITY, CoverageLevel.BASE, CATEGORY, HIDDEN)
                .build();
        audit.audit(AuditEvent.builder(type)
                .extraAttribute(new AuditAttribute.Builder(KUDOS, String.valueOf(kudos.id())).build())
                .extraAttribute(new AuditAttribute.Builder(GIVER, kudos.giver().value()).build())
                .extraAttribute(new AuditAttribute.Builder(REASON, reason).build())
                .build());
    }
}
