package io.serviceculture.plugin.kudos.web;

import com.atlassian.webresource.api.assembler.PageBuilderService;
import io.serviceculture.core.kudos.Receiver;
import io.serviceculture.core.people.Feature;
import io.serviceculture.core.people.UserKey;
import io.serviceculture.plugin.people.FeatureGuard;
import io.serviceculture.plugin.rest.CurrentUser;
import io.serviceculture.plugin.web.Templates;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import javax.inject.Inject;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * The Recognition page ({@code /plugins/servlet/service-culture/recognition}): the kudos feed and a form to
 * give kudos. Anonymous visitors are sent to Jira's login page and back.
 */
public class RecognitionServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    static final String TEMPLATE = "templates/kudos/recognition-page.vm";
    static final String RESOURCES = "io.serviceculture.jira:kudos-resources";

    private final transient CurrentUser currentUser;
    private final transient Templates templates;
    private final transient PageBuilderService pageBuilder;
    private final transient FeatureGuard guard;

    @Inject
    public RecognitionServlet(
            CurrentUser currentUser, Templates templates, PageBuilderService pageBuilder, FeatureGuard guard) {
        this.currentUser = currentUser;
        this.templates = templates;
        this.pageBuilder = pageBuilder;
        this.guard = guard;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!guard.isOn(Feature.KUDOS)) {
            // a switched-off feature is as if not installed, for every caller
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Optional<UserKey> viewer = currentUser.key();
        if (viewer.isEmpty()) {
            String back =
                    request.getRequestURI().substring(request.getContextPath().length());
            response.sendRedirect(request.getContextPath() + "/login.jsp?os_destination="
                    + URLEncoder.encode(back, StandardCharsets.UTF_8));
            return;
        }
        pageBuilder.assembler().resources().requireWebResource(RESOURCES);
        response.setContentType("text/html;charset=UTF-8");
        templates.render(
                TEMPLATE, new RecognitionView(Receiver.person(viewer.get()).id()), response.getWriter());
    }
}
