package io.serviceculture.standalone.pages;

import io.serviceculture.standalone.directory.HostDirectory;
import io.serviceculture.standalone.directory.HostUser;
import io.serviceculture.standalone.web.AuthFilter;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.servlet.http.HttpSession;
import org.jspecify.annotations.Nullable;

/** Jira's {@code /login.jsp}: a form posting {@code os_username} and {@code os_password}. */
public final class LoginServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    private final transient HostDirectory directory;
    private final transient HostPages pages;

    public LoginServlet(HostDirectory directory, HostPages pages) {
        this.directory = directory;
        this.pages = pages;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        form(request, response, false);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String name = request.getParameter("os_username");
        String password = request.getParameter("os_password");
        Optional<HostUser> user =
                name == null || password == null ? Optional.empty() : directory.authenticate(name.strip(), password);
        if (user.isEmpty()) {
            response.setHeader("X-Seraph-LoginReason", "AUTHENTICATED_FAILED");
            form(request, response, true);
            return;
        }
        HttpSession session = request.getSession(true);
        // a new session id on login, so an id planted before login is worth nothing after
        request.changeSessionId();
        session.setAttribute(AuthFilter.SESSION_USER_KEY, user.get().key());
        response.setHeader("X-Seraph-LoginReason", "OK");
        response.sendRedirect(request.getContextPath() + destination(request.getParameter("os_destination")));
    }

    /** Only a path on this host, never another site (an open redirect). */
    static String destination(@Nullable String requested) {
        if (requested == null
                || !requested.startsWith("/")
                || requested.startsWith("//")
                || requested.contains("\\")
                || requested.contains("://")) {
            return "/secure/Dashboard.jspa";
        }
        return requested;
    }

    private void form(HttpServletRequest request, HttpServletResponse response, boolean failed) throws IOException {
        String destination = destination(request.getParameter("os_destination"));
        pages.render(
                request,
                response,
                HttpServletResponse.SC_OK,
                "host-templates/login.vm",
                "service-culture.host.login.title",
                Set.of(),
                Map.of("failed", failed, "destination", destination));
    }
}
