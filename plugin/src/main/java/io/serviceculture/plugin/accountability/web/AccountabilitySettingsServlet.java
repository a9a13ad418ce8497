package io.serviceculture.plugin.accountability.web;

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
 * The accountability settings page for Jira administrators ({@code /plugins/servlet/service-culture/admin/accountability}):
 * score weights, reopen window and low-confidence threshold, and a rebuild from history with its progress. The page's
 * script reads and changes them through the admin-only REST resource, which checks every permission again.
 */
public class AccountabilitySettingsServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    static final String TEMPLATE = "templates/accountability/settings-page.vm";
    static final String RESOURCES = "io.serviceculture.jira:accountability-settings-resources";

    private final transient Pages pages;
    private final transient FeatureGuard guard;

    @Inject
    public AccountabilitySettingsServlet(Pages pages, FeatureGuard guard) {
        this.pages = pages;
        this.guard = guard;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<UserKey> viewer = pages.viewer(request, response, guard.isOn(Feature.ACCOUNTABILITY), Audience.ADMINS);
        if (viewer.isEmpty()) {
            return;
        }
        pages.render(response, RESOURCES, TEMPLATE, new AccountabilitySettingsView());
    }
}
