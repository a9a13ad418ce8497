package io.serviceculture.plugin.standards;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.watchers.WatcherManager;
import io.serviceculture.core.people.UserKey;
import io.serviceculture.core.standards.AlertKind;
import io.serviceculture.core.standards.ClockAlert;
import io.serviceculture.core.standards.ClockAlertNotificationPort;
import io.serviceculture.plugin.mail.AppMailer;
import io.serviceculture.plugin.mail.MailTopic;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.inject.Inject;
import javax.inject.Named;

/**
 * Mails a raised warning or breach to the issue's assignee and watchers, each once, in their language; people
 * who turned the topic off, inactive people and people without an address get nothing (the mailer decides).
 */
@Named
public class ClockAlertMailer implements ClockAlertNotificationPort {
    static final String TEMPLATE = "templates/standards/clock-alert-mail.vm";

    private final IssueManager issues;
    private final WatcherManager watchers;
    private final AppMailer mailer;

    @Inject
    public ClockAlertMailer(IssueManager issues, WatcherManager watchers, AppMailer mailer) {
        this.issues = issues;
        this.watchers = watchers;
        this.mailer = mailer;
    }

    @Override
    public void alertRaised(ClockAlert alert) {
        Issue issue = issues.getIssueObject(alert.issueId());
        if (issue == null) {
            return;
        }
        boolean breach = alert.kind() == AlertKind.BREACH;
        for (UserKey recipient : recipients(issue)) {
            mailer.send(
                    recipient,
                    breach ? MailTopic.CLOCK_BREACH : MailTopic.CLOCK_WARNING,
                    breach
                            ? "service-culture.standards.mail.breach.subject"
                            : "service-culture.standards.mail.warning.subject",
                    List.of(alert.issueKey(), alert.metricName()),
                    TEMPLATE,
                    Map.of("alert", new ClockAlertMailView(alert)));
        }
    }

    private Set<UserKey> recipients(Issue issue) {
        Set<UserKey> recipients = new LinkedHashSet<>();
        String assignee = issue.getAssigneeId();
        if (assignee != null && !assignee.isBlank()) {
            recipients.add(UserKey.of(assignee));
        }
        for (String watcher : watchers.getWatcherUserKeys(issue)) {
            if (!watcher.isBlank()) {
                recipients.add(UserKey.of(watcher));
            }
        }
        return recipients;
    }
}
