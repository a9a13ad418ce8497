package io.serviceculture.plugin.standards.web;

import io.serviceculture.core.people.Feature;
import io.serviceculture.core.people.UserKey;
import io.serviceculture.plugin.people.FeatureGuard;
import io.serviceculture.plugin.web.Pages;
import io.serviceculture.plugin.web.Pages.Audience;
import java.io.IOException;
import java.util.Optional;
import javax.inject.Inject;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * The admin page of service standards ({@code /plugins/servlet/service-culture/admin/standards}): business
 * calendars with their holidays, standards with their versions, and the recompute from history. The page holds
 * only forms; its script reads and changes everything through the REST resources, which check the admin right
 * again. Anonymous visitors go to the login page, signed-in people who are not admins get 403, and with the
 * feature switched off the page does not exist (404).
 */
public class StandardsAdminServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    static final String TEMPLATE = "templates/standards/admin-page.vm";
    static final String RESOURCES = "io.serviceculture.jira:standards-admin-resources";

    private final transient Pages pages;
    private final transient FeatureGuard guard;

    @Inject
    public StandardsAdminServlet(Pages pages, FeatureGuard guard) {
        this.pages = pages;
        this.guard = guard;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<UserKey> viewer = pages.viewer(request, response, guard.isOn(Feature.STANDARDS), Audience.ADMINS);
        if (viewer.isEmpty()) {
            return;
        }
        pages.render(response, RESOURCES, TEMPLATE, new StandardsAdminView());
    }
}
