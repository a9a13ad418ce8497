package io.serviceculture.plugin.web;

import com.atlassian.webresource.api.assembler.PageBuilderService;
import io.serviceculture.core.people.UserKey;
import io.serviceculture.plugin.rest.CurrentUser;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import javax.inject.Inject;
import javax.inject.Named;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** What every page of the app does: find the signed-in viewer, and render a template with its resources. */
@Named
public class Pages {
    private final CurrentUser currentUser;
    private final Templates templates;
    private final PageBuilderService pageBuilder;

    @Inject
    public Pages(CurrentUser currentUser, Templates templates, PageBuilderService pageBuilder) {
        this.currentUser = currentUser;
        this.templates = templates;
        this.pageBuilder = pageBuilder;
    }

    /** The signed-in viewer; an anonymous visitor is sent to Jira's login page and back, and gets empty. */
    public Optional<UserKey> viewerOrLogin(HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        Optional<UserKey> viewer = currentUser.key();
        if (viewer.isEmpty()) {
            String back =
                    request.getRequestURI().substring(request.getContextPath().length());
            response.sendRedirect(request.getContextPath() + "/login.jsp?os_destination="
                    + URLEncoder.encode(back, StandardCharsets.UTF_8));
        }
        return viewer;
    }

    public boolean isAdmin(UserKey viewer) {
        return currentUser.isAdmin(viewer);
    }

    /** Renders a page's template with its one view model, after requiring the page's web resource. */
    public void render(HttpServletResponse response, String webResource, String template, Object view)
            throws IOException {
        pageBuilder.assembler().resources().requireWebResource(webResource);
        response.setContentType("text/html;charset=UTF-8");
        templates.render(template, view, response.getWriter());
    }
}
