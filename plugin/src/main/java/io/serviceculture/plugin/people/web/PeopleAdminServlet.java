package io.serviceculture.plugin.people.web;

import io.serviceculture.core.people.UserKey;
import io.serviceculture.plugin.web.Pages;
import io.serviceculture.plugin.web.Pages.Audience;
import java.io.IOException;
import java.util.Optional;
import javax.inject.Inject;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * The admin page of the people directory ({@code /plugins/servlet/service-culture/admin/people}). The page only
 * holds the forms; its script reads and changes the settings through the admin REST resource, which checks the
 * caller again. Anonymous visitors go to the login page; signed-in people who are not admins get 403.
 */
public class PeopleAdminServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    static final String TEMPLATE = "templates/people/admin-page.vm";
    static final String RESOURCES = "io.serviceculture.jira:people-admin-resources";

    private final transient Pages pages;

    @Inject
    public PeopleAdminServlet(Pages pages) {
        this.pages = pages;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<UserKey> viewer = pages.viewer(request, response, Audience.ADMINS);
        if (viewer.isEmpty()) {
            return;
        }
        pages.render(response, RESOURCES, TEMPLATE, new PeopleAdminView());
    }
}
