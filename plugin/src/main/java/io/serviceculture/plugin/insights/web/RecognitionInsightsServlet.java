package io.serviceculture.plugin.insights.web;

import io.serviceculture.core.common.InvalidInputException;
import io.serviceculture.core.common.PermissionDeniedException;
import io.serviceculture.core.insights.InsightsScope;
import io.serviceculture.core.insights.RecognitionInsights;
import io.serviceculture.core.people.UserKey;
import io.serviceculture.plugin.accountability.rest.Periods;
import io.serviceculture.plugin.insights.RecognitionInsightsUseCases;
import io.serviceculture.plugin.web.Pages;
import io.serviceculture.plugin.web.Pages.Audience;
import java.io.IOException;
import java.time.Clock;
import java.util.Optional;
import javax.inject.Inject;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * The Recognition insights page ({@code /plugins/servlet/service-culture/insights/recognition}), rendered on the
 * server from the same use case as the REST resource, for a period chosen with {@code from} and {@code to}. Kudos
 * switched off is 404 for everyone; anonymous visitors go to the login page; people who are neither HR, admins nor
 * managers get 403.
 */
public class RecognitionInsightsServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    static final String TEMPLATE = "templates/insights/recognition-insights.vm";
    static final String RESOURCES = "io.serviceculture.jira:insights-resources";

    private final transient Pages pages;
    private final transient RecognitionInsightsUseCases insights;

    @Inject
    public RecognitionInsightsServlet(Pages pages, RecognitionInsightsUseCases insights) {
        this.pages = pages;
        this.insights = insights;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<UserKey> viewer = pages.viewer(request, response, insights.featureOn(), Audience.SIGNED_IN);
        if (viewer.isEmpty()) {
            return;
        }
        InsightsScope scope;
        try {
            scope = insights.scopeOf(viewer.get());
        } catch (PermissionDeniedException e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        String from = Optional.ofNullable(request.getParameter("from")).orElse("");
        String to = Optional.ofNullable(request.getParameter("to")).orElse("");
        RecognitionInsightsView view;
        try {
            Periods period = Periods.parse(from, to, insights.zoneOf(viewer.get()), Clock.systemUTC());
            RecognitionInsights figures = insights.insights(scope, period.interval());
            view = new RecognitionInsightsView(
                    period.from().toString(),
                    period.to().toString(),
                    Optional.empty(),
                    Optional.of(figures),
                    scope.isEveryone(),
                    insights);
        } catch (InvalidInputException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            view = new RecognitionInsightsView(
                    from, to, Optional.of(e.messageKey()), Optional.empty(), scope.isEveryone(), insights);
        }
        pages.render(response, RESOURCES, TEMPLATE, view);
    }
}
