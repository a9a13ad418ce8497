package io.serviceculture.standalone.web;

import java.io.IOException;
import java.security.SecureRandom;
import java.util.HexFormat;
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
        String token = token(request, response);
        request.setAttribute(TOKEN_COOKIE, token);
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
                && !(!Requests.isRest(request) && token.equals(request.getParameter(TOKEN_PARAMETER)))) {
            HostErrors.send(response, HttpServletResponse.SC_FORBIDDEN, "service-culture.host.error.xsrf");
            return;
        }
        chain.doFilter(request, response);
    }

    /** The session's token, created with the session; anonymous requests get one per cookie. */
    private static String token(HttpServletRequest request, HttpServletResponse response) {
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(TOKEN_COOKIE) instanceof String) {
            return (String) session.getAttribute(TOKEN_COOKIE);
        }
        byte[] bytes = new byte[20];
        RANDOM.nextBytes(bytes);
        String token = HexFormat.of().formatHex(bytes);
        if (session != null) {
            session.setAttribute(TOKEN_COOKIE, token);
            Cookie cookie = new Cookie(TOKEN_COOKIE, token);
            cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
            cookie.setHttpOnly(false);
            response.addCookie(cookie);
        }
        return token;
    }
}
