package io.serviceculture.standalone.pages;

import io.serviceculture.standalone.directory.HostDirectory;
import io.serviceculture.standalone.directory.HostUser;
import io.serviceculture.standalone.web.CurrentUser;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * Jira's {@code /secure/ViewProfile.jspa?name=…}: a person's details and the web panels at
 * {@code webpanels.user.profile.summary.custom}.
 */
public final class ProfileServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    private final transient HostDirectory directory;
    private final transient HostPages pages;

    public ProfileServlet(HostDirectory directory, HostPages pages) {
        this.directory = directory;
        this.pages = pages;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!HostPages.requireLogin(request, response)) {
            return;
        }
        String name = request.getParameter("name");
        Optional<HostUser> profileUser = name == null || name.isBlank() ? CurrentUser.get() : directory.byName(name);
        if (profileUser.isEmpty()) {
            pages.render(
                    request,
                    response,
                    HttpServletResponse.SC_NOT_FOUND,
                    "host-templates/message.vm",
                    "service-culture.host.profile.title",
                    Set.of(),
                    Map.of("messageKey", "service-culture.host.error.user.not.found"));
            return;
        }
        HostUser user = profileUser.get();
        pages.render(
                request,
                response,
                HttpServletResponse.SC_OK,
                "host-templates/profile.vm",
                "service-culture.host.profile.title",
                Set.of("atl.userprofile", "jira.userprofile"),
                Map.of(
                        "profileUser", user,
                        "groups", directory.groupsOf(user.key()),
                        "manager",
                                directory
                                        .managerOf(user.key())
                                        .flatMap(directory::byKey)
                                        .map(HostUser::displayName)
                                        .orElse(""),
                        "panels", pages.plugin().profilePanels(user)));
    }
}
