package io.serviceculture.standalone.web;

import io.serviceculture.standalone.directory.HostDirectory;
import io.serviceculture.standalone.directory.HostUser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.Base64;
import java.util.Optional;
import javax.servlet.FilterChain;
import javax.servlet.ServletException;
import javax.servlet.http.HttpFilter;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletRequestWrapper;
import javax.servlet.http.HttpServletResponse;
import javax.servlet.http.HttpSession;

/**
 * Who is asking, as Jira's Seraph decides it: the user named by HTTP Basic credentials (scripts, tests, load
 * runs; Jira accepts them on any URL), else the user logged in to the session. Wrong Basic credentials are
 * refused with 401, as Jira does; no credentials leave the request anonymous for the resource to decide.
 */
public final class AuthFilter extends HttpFilter {
    private static final long serialVersionUID = 1L;

    /** The session attribute holding the logged-in user's key. */
    public static final String SESSION_USER_KEY = "seraph_defaultauthenticator_user";

    private final transient HostDirectory directory;

    public AuthFilter(HostDirectory directory) {
        this.directory = directory;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Optional<HostUser> user;
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            user = basic(authorization.substring(6).strip());
            if (user.isEmpty()) {
                response.setHeader("X-Seraph-LoginReason", "AUTHENTICATED_FAILED");
                HostErrors.send(
                        response, HttpServletResponse.SC_UNAUTHORIZED, "service-culture.host.error.unauthorized");
                return;
            }
        } else {
            user = sessionUser(request);
        }
        CurrentUser.set(user);
        try {
            chain.doFilter(user.isPresent() ? new Authenticated(request, user.get()) : request, response);
        } finally {
            CurrentUser.set(Optional.empty());
            RequestResources.clear();
        }
    }

    private Optional<HostUser> sessionUser(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return Optional.empty();
        }
        Object key = session.getAttribute(SESSION_USER_KEY);
        return key instanceof String ? directory.byKey((String) key).filter(HostUser::active) : Optional.empty();
    }

    private Optional<HostUser> basic(String encoded) {
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        int colon = decoded.indexOf(':');
        if (colon < 0) {
            return Optional.empty();
        }
        return directory.authenticate(decoded.substring(0, colon), decoded.substring(colon + 1));
    }

    /** The request as the servlet API reports an authenticated one. */
    private static final class Authenticated extends HttpServletRequestWrapper {
        private final HostUser user;

        Authenticated(HttpServletRequest request, HostUser user) {
            super(request);
            this.user = user;
        }

        @Override
        public String getRemoteUser() {
            return user.name();
        }

        @Override
        public Principal getUserPrincipal() {
            return user::name;
        }
    }
}
