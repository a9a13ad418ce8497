package io.serviceculture.standalone.services;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.serviceculture.core.issues.IssueEvent;
import io.serviceculture.core.issues.IssueTimeline;
import io.serviceculture.core.people.UserKey;
import io.serviceculture.standalone.directory.HostDirectory;
import io.serviceculture.standalone.directory.HostUser;
import io.serviceculture.standalone.jira.HostIssue;
import io.serviceculture.standalone.jira.JiraStore;
import io.serviceculture.standalone.web.CurrentUser;
import io.serviceculture.standalone.web.HostErrors;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * Jira's {@code POST /rest/api/2/issue/{key}/comment}, the host's one way to change an issue: the comment joins the
 * issue's timeline (the host keeps no comment text) and an {@code IssueEvent} is published, as Jira publishes one
 * for "issue commented". A body {@code {"visibility":{...}}} makes it a restricted comment.
 */
public final class HostCommentServlet extends HttpServlet {
    public static final String PATTERN = "/rest/api/2/issue/*";
    private static final long serialVersionUID = 1L;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final transient JiraStore jira;
    private final transient HostDirectory directory;
    private final transient HostEventPublisher events;
    private final transient Clock clock;

    public HostCommentServlet(JiraStore jira, HostEventPublisher events, Clock clock) {
        this.jira = jira;
        this.directory = jira.directory();
        this.events = events;
        this.clock = clock;
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<HostUser> user = CurrentUser.get();
        if (user.isEmpty()) {
            HostErrors.send(response, HttpServletResponse.SC_UNAUTHORIZED, "service-culture.host.error.unauthorized");
            return;
        }
        if (!directory.isLicensed(user.get().key())) {
            HostErrors.send(response, HttpServletResponse.SC_FORBIDDEN, "service-culture.host.error.unlicensed");
            return;
        }
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        String[] parts = path.split("/");
        // "/KEY/comment" splits into "", "KEY", "comment"
        Optional<HostIssue> issue = parts.length == 3 && parts[2].equals("comment")
                ? jira.issueByKey(parts[1]).filter(i -> jira.canBrowse(CurrentUser.key(), i))
                : Optional.empty();
        if (issue.isEmpty()) {
            HostErrors.send(response, HttpServletResponse.SC_NOT_FOUND, "service-culture.host.error.issue.not.found");
            return;
        }
        JsonNode body;
        try {
            body = JSON.readTree(request.getInputStream());
        } catch (JsonProcessingException e) {
            HostErrors.send(response, HttpServletResponse.SC_BAD_REQUEST, "service-culture.host.error.bad.json");
            return;
        }
        boolean restricted = body != null && body.hasNonNull("visibility");
        Instant now = clock.instant();
        HostIssue commented = withComment(issue.get(), user.get(), restricted, now);
        jira.addIssue(commented);
        events.publish(new HostIssueEvent(new HostIssueManager.JiraIssue(commented), HostIssueEvent.COMMENTED));
        ObjectNode answer = JSON.createObjectNode();
        answer.put("author", user.get().name());
        answer.put("created", now.toString());
        response.setStatus(HttpServletResponse.SC_CREATED);
        response.setContentType("application/json;charset=UTF-8");
        response.getWriter().write(answer.toString());
    }

    private static HostIssue withComment(HostIssue issue, HostUser author, boolean restricted, Instant at) {
        IssueTimeline t = issue.timeline();
        List<IssueEvent> events = new ArrayList<>(t.events());
        // a clock behind the issue's last change must not put the comment before it
        Instant when =
                events.isEmpty() || !at.isBefore(events.get(events.size() - 1).at())
                        ? at
                        : events.get(events.size() - 1).at();
        events.add(new IssueEvent.Commented(when, Optional.of(UserKey.of(author.key())), restricted));
        IssueTimeline timeline = new IssueTimeline(
                t.issueId(),
                t.issueKey(),
                t.facts(),
                t.reporter(),
                t.created(),
                t.initialStatus(),
                t.initialAssignee(),
                events);
        return new HostIssue(
                issue.id(),
                issue.key(),
                issue.projectId(),
                issue.summary(),
                issue.status(),
                issue.assigneeKey(),
                issue.reporterKey(),
                issue.resolution(),
                issue.created(),
                when,
                timeline);
    }
}
