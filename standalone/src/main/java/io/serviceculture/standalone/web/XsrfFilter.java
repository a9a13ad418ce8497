package io.serviceculture.standalone.web;

import java.io.IOException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;
import java.util.function.BiPredicate;
import javax.servlet.FilterChain;
import javax.servlet.ServletException;
import javax.servlet.http.Cookie;
import javax.servlet.http.HttpFilter;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.servlet.http.HttpSession;

/**
 * Jira's XSRF check on REST ({@link XsrfRule}): what Jira's REST module does before a resource method runs, so the
 * app's resources meet it here exactly where they meet it in Jira, not in code of their own. Plugin servlets are
 * not checked, as Jira does not check them: a servlet that takes a form post must validate the {@code atl_token}
 * itself. The filter also gives every session its token, kept in the session and in the {@code
 * atlassian.xsrf.token} cookie as Jira does, for pages to put into their forms and for the check to compare.
 */
public final class XsrfFilter extends HttpFilter {
    private static final long serialVersionUID = 1L;

    public static final String TOKEN_PARAMETER = "atl_token";
    /** The cookie (and request attribute) Jira keeps the session's XSRF token in. */
    public static final String TOKEN_COOKIE = "atlassian.xsrf.token";

    private static final SecureRandom RANDOM = new SecureRandom();

    /** (HTTP method, path) of REST resource methods marked {@code @XsrfProtectionExcluded}. */
    private final transient BiPredicate<String, String> excluded;

    public XsrfFilter(BiPredicate<String, String> excluded) {
        this.excluded = excluded;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Optional<String> token = token(request, response);
        token.ifPresent(t -> request.setAttribute(TOKEN_COOKIE, t));
        String path = Requests.path(request);
        if (Requests.isRest(request)
                && !excluded.test(request.getMethod(), path)
                && XsrfRule.refuses(
                        request.getMethod(),
                        Requests.mediaType(request),
                        request.getHeader("X-Atlassian-Token"),
                        formTokenValid(request, token),
                        request.getHeader("Origin"),
                        request.getHeader("Referer"),
                        request.getHeader("User-Agent"),
                        Requests.origin(request))) {
            HostErrors.send(response, HttpServletResponse.SC_FORBIDDEN, "service-culture.host.error.xsrf");
            return;
        }
        chain.doFilter(request, response);
    }

    /** SAL's form-token check: the {@code atl_token} parameter equals the session's token. */
    private static boolean formTokenValid(HttpServletRequest request, Optional<String> token) {
        return token.isPresent()
                && Requests.isMutating(request)
                && token.get().equals(request.getParameter(TOKEN_PARAMETER));
    }

    /**
     * The session's token, created with it. A request without a session (HTTP Basic scripts, anonymous
     * visitors) has none: there is no form of theirs a token could prove, and drawing one per request from a
     * shared SecureRandom made concurrent REST calls queue for its lock.
     */
    private static Optional<String> token(HttpServletRequest request, HttpServletResponse response) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return Optional.empty();
        }
        if (session.getAttribute(TOKEN_COOKIE) instanceof String existing) {
            return Optional.of(existing);
        }
        byte[] bytes = new byte[20];
        RANDOM.nextBytes(bytes);
        String token = HexFormat.of().formatHex(bytes);
        session.setAttribute(TOKEN_COOKIE, token);
        Cookie cookie = new Cookie(TOKEN_COOKIE, token);
        cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
        cookie.setHttpOnly(false);
        response.addCookie(cookie);
        return Optional.of(token);
    }
}
