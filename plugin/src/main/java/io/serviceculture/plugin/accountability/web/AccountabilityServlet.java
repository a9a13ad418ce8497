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
 * The Accountability page ({@code /plugins/servlet/service-culture/accountability}): the matrix, trends and hand-off
 * chains, loaded by the page's script from REST, which checks every permission again.
 */
public class AccountabilityServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    static final String TEMPLATE = "templates/accountability/page.vm";
    static final String RESOURCES = "io.serviceculture.jira:accountability-resources";

    private final transient Pages pages;
    private final transient FeatureGuard guard;

    @Inject
    public AccountabilityServlet(Pages pages, FeatureGuard guard) {
        this.pages = pages;
        this.guard = guard;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<UserKey> viewer =
                pages.viewer(request, response, guard.isOn(Feature.ACCOUNTABILITY), Audience.SIGNED_IN);
        if (viewer.isEmpty()) {
            return;
        }
        pages.render(response, RESOURCES, TEMPLATE, new AccountabilityView(request.getContextPath()));
    }
}
