package io.serviceculture.plugin.config.web;

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
 * The configuration admin page ({@code /plugins/servlet/service-culture/admin/config}): export, choose a file,
 * preview what it changes, apply it; and the retention limit. Anonymous visitors go to the login page; signed-in
 * people who are not admins get 403. The REST resource behind the page checks the caller again.
 */
public class ConfigurationAdminServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    static final String TEMPLATE = "templates/config/admin-page.vm";
    static final String RESOURCES = "io.serviceculture.jira:config-admin-resources";

    private final transient Pages pages;

    @Inject
    public ConfigurationAdminServlet(Pages pages) {
        this.pages = pages;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<UserKey> viewer = pages.viewer(request, response, Audience.ADMINS);
        if (viewer.isEmpty()) {
            return;
        }
        pages.render(response, RESOURCES, TEMPLATE, new ConfigurationAdminView());
    }
}
