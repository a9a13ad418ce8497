package io.serviceculture.plugin.reports.web;

import io.serviceculture.core.people.UserKey;
import io.serviceculture.plugin.reports.ReportsAccess;
import io.serviceculture.plugin.reports.ReportsSettings;
import io.serviceculture.plugin.web.Pages;
import io.serviceculture.plugin.web.Pages.Audience;
import java.io.IOException;
import java.util.Optional;
import javax.inject.Inject;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * The HR recognition reports page ({@code /plugins/servlet/service-culture/reports/kudos}): filters, a preview,
 * charts and downloads, all read by the page's script from the reports REST resource, which checks the caller
 * again. Kudos switched off is 404 for everyone; anonymous visitors go to the login page; people who are neither
 * HR nor admins get 403.
 */
public class KudosReportsServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    static final String TEMPLATE = "templates/reports/kudos-reports.vm";
    static final String RESOURCES = "io.serviceculture.jira:reports-resources";

    private final transient Pages pages;
    private final transient ReportsAccess access;
    private final transient ReportsSettings settings;

    @Inject
    public KudosReportsServlet(Pages pages, ReportsAccess access, ReportsSettings settings) {
        this.pages = pages;
        this.access = access;
        this.settings = settings;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<UserKey> viewer = pages.viewer(request, response, access.featureOn(), Audience.SIGNED_IN);
        if (viewer.isEmpty()) {
            return;
        }
        if (!access.isHrOrAdmin(viewer.get())) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        pages.render(
                response,
                RESOURCES,
                TEMPLATE,
                new KudosReportsView(settings.privateTextAllowed(), pages.isAdmin(viewer.get())));
    }
}
