package io.serviceculture.plugin.kudos;

import com.atlassian.audit.api.AuditService;
import com.atlassian.audit.entity.AuditAttribute;
import com.atlassian.audit.entity.AuditEvent;
import com.atlassian.audit.entity.AuditType;
import com.atlassian.audit.entity.CoverageArea;
import com.atlassian.audit.entity.CoverageLevel;
import io.serviceculture.core.kudos.CompanyValue;
import io.serviceculture.core.kudos.Kudos;
import io.serviceculture.core.kudos.KudosEventsPort;
import io.serviceculture.core.kudos.Receiver;
import io.serviceculture.core.people.Person;
import io.serviceculture.core.people.UserKey;
import io.serviceculture.plugin.kudos.persistence.AoCompanyValues;
import io.serviceculture.plugin.mail.AppMailer;
import io.serviceculture.plugin.mail.MailTopic;
import io.serviceculture.plugin.people.JiraDirectory;
import java.util.List;
import java.util.Map;
import javax.inject.Inject;
import javax.inject.Named;

/**
 * What follows a stored kudos change in Jira. Each person thanked by name is told by mail (a team's members see
 * the kudos in their team feed instead, so a big team is not mailed at once); a hidden kudos' giver is told why
 * by mail, and the moderation goes to Jira's audit log, so HR's actions can be reviewed like an admin's. Mail is
 * only queued here; Jira's mail queue renders and sends it off the request thread.
 */
@Named
public class KudosEvents implements KudosEventsPort {
    static final String CATEGORY = "service-culture.audit.category";
    static final String HIDDEN = "service-culture.audit.kudos.hidden";
    static final String KUDOS = "service-culture.audit.attribute.kudos";
    static final String GIVER = "service-culture.audit.attribute.giver";
    static final String REASON = "service-culture.audit.attribute.reason";
    static final String RECEIVED_TEMPLATE = "templates/mail/kudos-received.vm";
    static final String HIDDEN_TEMPLATE = "templates/mail/kudos-hidden.vm";

    private final AuditService audit;
    private final AppMailer mailer;
    private final JiraDirectory directory;
    private final AoCompanyValues values;

    @Inject
    public KudosEvents(AuditService audit, AppMailer mailer, JiraDirectory directory, AoCompanyValues values) {
        this.audit = audit;
        this.mailer = mailer;
        this.directory = directory;
        this.values = values;
    }

    @Override
    public void given(Kudos kudos) {
        // names looked up once for all receivers; each receiver's mail is rendered once, when the queue sends it
        KudosMailView view = view(kudos, "");
        List<String> subjectArgs = List.of(view.getGiverName(), view.getValueName());
        for (Receiver receiver : kudos.receivers()) {
            if (receiver instanceof Receiver.PersonReceiver person
                    && !person.user().equals(kudos.giver())) {
                mailer.send(
                        person.user(),
                        MailTopic.KUDOS_RECEIVED,
                        "service-culture.kudos.mail.received.subject",
                        subjectArgs,
                        RECEIVED_TEMPLATE,
                        Map.of("mail", view));
            }
        }
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
        mailer.send(
                kudos.giver(),
                MailTopic.KUDOS_HIDDEN,
                "service-culture.kudos.mail.hidden.subject",
                List.of(),
                HIDDEN_TEMPLATE,
                Map.of("mail", view(kudos, reason)));
    }

    private KudosMailView view(Kudos kudos, String reason) {
        return new KudosMailView(giverName(kudos.giver()), valueName(kudos.valueId()), kudos.message(), reason);
    }

    private String giverName(UserKey giver) {
        return directory.findPerson(giver).map(Person::displayName).orElse(giver.value());
    }

    private String valueName(String valueId) {
        return values.findValue(valueId).map(CompanyValue::name).orElse(valueId);
    }
}
