package io.serviceculture.standalone.web;

import java.io.IOException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiPredicate;
import javax.servlet.FilterChain;
import javax.servlet.ServletException;
import javax.servlet.http.Cookie;
import javax.servlet.http.HttpFilter;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.servlet.http.HttpSession;

/**
 * Jira's XSRF rule: a POST, PUT, DELETE or PATCH whose body a browser could send cross-site without a CORS
 * pre-flight (form, multipart, {@code text/plain}) is refused with 403 unless it carries
 * {@code X-Atlassian-Token: no-check}, comes from this origin, or (for pages) carries the session's
 * {@code atl_token}. JSON bodies pass, since browsers cannot send them cross-site without CORS.
 */
public final class XsrfFilter extends HttpFilter {
    private static final long serialVersionUID = 1L;

    public static final String TOKEN_PARAMETER = "atl_token";
    /** The cookie (and request attribute) Jira keeps the session's XSRF token in. */
    public static final String TOKEN_COOKIE = "atlassian.xsrf.token";

    private static final Set<String> EXEMPT_PATHS = Set.of("/login.jsp");
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
        if (!EXEMPT_PATHS.contains(path)
                && !excluded.test(request.getMethod(), path)
                && XsrfRule.refuses(
                        request.getMethod(),
                        Requests.mediaType(request),
                        request.getHeader("X-Atlassian-Token"),
                        request.getHeader("Origin"),
                        request.getHeader("Referer"),
                        Requests.origin(request))
                && !(!Requests.isRest(request)
                        && token.isPresent()
                        && token.get().equals(request.getParameter(TOKEN_PARAMETER)))) {
            HostErrors.send(response, HttpServletResponse.SC_FORBIDDEN, "service-culture.host.error.xsrf");
            return;
        }
        chain.doFilter(request, response);
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
