package io.serviceculture.standalone.pages;

import io.serviceculture.standalone.directory.HostUser;
import io.serviceculture.standalone.jira.HostIssue;
import io.serviceculture.standalone.jira.JiraStore;
import io.serviceculture.standalone.web.CurrentUser;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * Jira's {@code /browse/KEY}: the issue's fields and the web panels at {@code atl.jira.view.issue.right.context}.
 * An issue the user may not browse looks like one that does not exist, as in Jira.
 */
public final class IssueServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    private final transient JiraStore jira;
    private final transient HostPages pages;

    public IssueServlet(JiraStore jira, HostPages pages) {
        this.jira = jira;
        this.pages = pages;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!HostPages.requireLogin(request, response)) {
            return;
        }
        String key = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
        Optional<HostIssue> issue = jira.issueByKey(key).filter(i -> jira.canBrowse(CurrentUser.key(), i));
        if (issue.isEmpty()) {
            pages.render(
                    request,
                    response,
                    HttpServletResponse.SC_NOT_FOUND,
                    "host-templates/message.vm",
                    "service-culture.host.error.issue.not.found",
                    Set.of(),
                    Map.of("messageKey", "service-culture.host.error.issue.not.found"));
            return;
        }
        HostIssue i = issue.get();
        pages.render(
                request,
                response,
                HttpServletResponse.SC_OK,
                "host-templates/issue.vm",
                "service-culture.host.issue.history",
                Set.of("jira.view.issue", "atl.jira.view.issue"),
                Map.of(
                        "issue", i,
                        "assignee", displayName(i.assigneeKey()),
                        "reporter", displayName(i.reporterKey()),
                        "panels", pages.plugin().issuePanels(i)));
    }

    private String displayName(Optional<String> key) {
        return key.flatMap(jira.directory()::byKey).map(HostUser::displayName).orElse("");
    }
}
