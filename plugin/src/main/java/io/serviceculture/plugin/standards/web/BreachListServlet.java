package io.serviceculture.plugin.standards.web;

import io.serviceculture.core.people.Feature;
import io.serviceculture.core.people.Person;
import io.serviceculture.core.people.UserKey;
import io.serviceculture.plugin.people.FeatureGuard;
import io.serviceculture.plugin.people.JiraDirectory;
import io.serviceculture.plugin.standards.StandardsUseCases;
import io.serviceculture.plugin.web.Pages;
import io.serviceculture.plugin.web.Pages.Audience;
import java.io.IOException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import javax.inject.Inject;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * The "Service standard breaches" page ({@code /plugins/servlet/service-culture/breaches}): the latest warnings
 * and breaches, newest first, only on issues the viewer may browse. Anonymous visitors go to the login page.
 */
public class BreachListServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    static final String TEMPLATE = "templates/standards/breaches-page.vm";
    static final String RESOURCES = "io.serviceculture.jira:standards-resources";
    static final int LIMIT = 200;

    private final transient Pages pages;
    private final transient FeatureGuard guard;
    private final transient StandardsUseCases useCases;
    private final transient JiraDirectory directory;

    @Inject
    public BreachListServlet(Pages pages, FeatureGuard guard, StandardsUseCases useCases, JiraDirectory directory) {
        this.pages = pages;
        this.guard = guard;
        this.useCases = useCases;
        this.directory = directory;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<UserKey> viewer = pages.viewer(request, response, guard.isOn(Feature.STANDARDS), Audience.SIGNED_IN);
        if (viewer.isEmpty()) {
            return;
        }
        ZoneId zone = directory.findPerson(viewer.get()).map(Person::timeZone).orElse(ZoneOffset.UTC);
        pages.render(
                response,
                RESOURCES,
                TEMPLATE,
                BreachListView.of(useCases.live().alertsFor(viewer.get(), LIMIT), request.getContextPath(), zone));
    }
}
