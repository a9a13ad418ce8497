package io.serviceculture.standalone.pages;

import io.serviceculture.standalone.directory.HostUser;
import io.serviceculture.standalone.jira.HostIssue;
import io.serviceculture.standalone.jira.JiraStore;
import io.serviceculture.standalone.web.CurrentUser;
import java.io.IOException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** A dashboard: the issues the user may browse, most recently updated first, and the people. */
public final class DashboardServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final int SHOWN = 50;

    private final transient JiraStore jira;
    private final transient HostPages pages;

    public DashboardServlet(JiraStore jira, HostPages pages) {
        this.jira = jira;
        this.pages = pages;
    }

    /** A row of the issue table. */
    public record IssueRow(String key, String summary, String status, String assignee) {}

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!HostPages.requireLogin(request, response)) {
            return;
        }
        List<IssueRow> issues = jira.issues().stream()
                .filter(i -> jira.canBrowse(CurrentUser.key(), i))
                .sorted(Comparator.comparing(HostIssue::updated).reversed())
                .limit(SHOWN)
                .map(i -> new IssueRow(
                        i.key(),
                        i.summary(),
                        i.status().name(),
                        i.assigneeKey()
                                .flatMap(jira.directory()::byKey)
                                .map(HostUser::displayName)
                                .orElse("")))
                .toList();
        List<HostUser> people = jira.directory().users().stream()
                .filter(u -> u.password().isPresent())
                .sorted(Comparator.comparing(HostUser::displayName))
                .toList();
        pages.render(
                request,
                response,
                HttpServletResponse.SC_OK,
                "host-templates/dashboard.vm",
                "service-culture.host.dashboard.title",
                Set.of("jira.dashboard"),
                Map.of("issues", issues, "people", people));
    }
}
