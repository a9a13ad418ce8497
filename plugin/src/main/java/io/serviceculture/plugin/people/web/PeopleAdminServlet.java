package io.serviceculture.plugin.people.web;

import com.atlassian.webresource.api.assembler.PageBuilderService;
import io.serviceculture.core.people.UserKey;
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
 * The admin page of the people directory ({@code /plugins/servlet/service-culture/admin/people}). The page only
 * holds the forms; its script reads and changes the settings through the admin REST resource, which checks the
 * caller again. Anonymous visitors go to the login page; signed-in people who are not admins get 403.
 */
public class PeopleAdminServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    static final String TEMPLATE = "templates/people/admin-page.vm";
    static final String RESOURCES = "io.serviceculture.jira:people-admin-resources";

    private final transient CurrentUser currentUser;
    private final transient Templates templates;
    private final transient PageBuilderService pageBuilder;

    @Inject
    public PeopleAdminServlet(CurrentUser currentUser, Templates templates, PageBuilderService pageBuilder) {
        this.currentUser = currentUser;
        this.templates = templates;
        this.pageBuilder = pageBuilder;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<UserKey> viewer = currentUser.key();
        if (viewer.isEmpty()) {
            String back =
                    request.getRequestURI().substring(request.getContextPath().length());
            response.sendRedirect(request.getContextPath() + "/login.jsp?os_destination="
                    + URLEncoder.encode(back, StandardCharsets.UTF_8));
            return;
        }
        if (!currentUser.isAdmin(viewer.get())) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        pageBuilder.assembler().resources().requireWebResource(RESOURCES);
        response.setContentType("text/html;charset=UTF-8");
        templates.render(TEMPLATE, new PeopleAdminView(), response.getWriter());
    }
}
