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

    /** Who may open a page. */
    public enum Audience {
        SIGNED_IN,
        ADMINS
    }

    /**
     * The checks every page makes before it renders, in this order: a page of a switched-off feature is not there
     * (404), as if the app were not installed; an anonymous visitor is sent to the login page and back; an admin page
     * refuses anyone else (403).
     *
     * @param featureOn whether the page's feature is switched on (the feature guard lives in {@code people}, which
     *     depends on this package, so callers ask it)
     * @return the viewer, or empty when the response has been sent
     */
    public Optional<UserKey> viewer(
            HttpServletRequest request, HttpServletResponse response, boolean featureOn, Audience audience)
            throws IOException {
        if (!featureOn) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return Optional.empty();
        }
        Optional<UserKey> viewer = viewerOrLogin(request, response);
        if (viewer.isPresent() && audience == Audience.ADMINS && !isAdmin(viewer.get())) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return Optional.empty();
        }
        return viewer;
    }

    /** The same for a page that no feature switch turns off. */
    public Optional<UserKey> viewer(HttpServletRequest request, HttpServletResponse response, Audience audience)
            throws IOException {
        return viewer(request, response, true, audience);
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
