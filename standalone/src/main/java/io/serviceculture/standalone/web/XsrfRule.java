package io.serviceculture.standalone.web;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Jira's XSRF rule for REST, as {@code com.atlassian.plugins.rest.common.security.jersey.XsrfResourceFilter}
 * applies it (atlassian-rest, the filter behind "XSRF check failed"; its decompiled source is public):
 *
 * <ol>
 *   <li>Only mutating methods (POST, PUT, DELETE, PATCH) are checked.
 *   <li><b>Browser origin check:</b> a request whose {@code User-Agent} names a browser must come from this origin:
 *       its {@code Referer} or its {@code Origin} is this host's ({@code passesAdditionalBrowserChecks}; the host
 *       has no CORS allowlist to admit others).
 *   <li><b>Token check:</b> a body type a cross-site HTML form can send ({@code application/x-www-form-urlencoded},
 *       {@code multipart/form-data}, {@code text/plain}, Jira's {@code XSRFABLE_TYPES}) passes only with
 *       {@code X-Atlassian-Token: no-check} (or the deprecated {@code nocheck}) or the session's {@code atl_token}
 *       (SAL's {@code XsrfRequestValidatorImpl}: header, else form token). Being from this origin is not enough. A
 *       POST without a body type counts as such a body too. JSON always passes this check: a browser cannot send
 *       it cross-site without a CORS pre-flight.
 * </ol>
 *
 * <p>Where the host is stricter than Jira, on purpose: Jira's filter only logs ("XSRF failure not being
 * enforced") a PUT, DELETE or PATCH that fails the token check or the browser origin check; the host refuses them,
 * so the app cannot come to rely on Jira's leniency there (Atlassian has been tightening it, atlassian-rest
 * REST-410). A PUT or DELETE without any body passes, as in Jira, because no HTML form can send one.
 */
public final class XsrfRule {
    private static final Set<String> MUTATING = Set.of("POST", "PUT", "DELETE", "PATCH");
    private static final Set<String> SIMPLE_BODIES =
            Set.of("application/x-www-form-urlencoded", "multipart/form-data", "text/plain");
    /** The browser families Atlassian's {@code UserAgentUtilImpl} tells apart; anything else is a script. */
    private static final List<String> BROWSERS =
            List.of("firefox/", "chrome/", "chromium/", "safari/", "opera", "opr/", "msie ", "trident/", "edg/");

    private XsrfRule() {}

    /**
     * @param mediaType the body's media type without parameters, lower case, or empty
     * @param formTokenValid whether the request carries the session's {@code atl_token} parameter
     * @param self this request's own origin, {@code scheme://host[:port]}
     */
    public static boolean refuses(
            String method,
            String mediaType,
            @Nullable String tokenHeader,
            boolean formTokenValid,
            @Nullable String origin,
            @Nullable String referer,
            @Nullable String userAgent,
            String self) {
        String upper = method.toUpperCase(Locale.ROOT);
        if (!MUTATING.contains(upper)) {
            return false;
        }
        if (likelyBrowser(userAgent) && !sameOrigin(origin, referer, self)) {
            return true;
        }
        boolean formLike = SIMPLE_BODIES.contains(mediaType) || (mediaType.isEmpty() && upper.equals("POST"));
        return formLike && !formTokenValid && !noCheck(tokenHeader);
    }

    static boolean noCheck(@Nullable String tokenHeader) {
        return tokenHeader != null
                && (tokenHeader.equalsIgnoreCase("no-check") || tokenHeader.equalsIgnoreCase("nocheck"));
    }

    static boolean likelyBrowser(@Nullable String userAgent) {
        if (userAgent == null) {
            return false;
        }
        String lower = userAgent.toLowerCase(Locale.ROOT);
        return BROWSERS.stream().anyMatch(lower::contains);
    }

    /** Jira compares the {@code Referer} (without its query) and then the {@code Origin} with the request's own. */
    static boolean sameOrigin(@Nullable String origin, @Nullable String referer, String self) {
        return sameOrigin(referer, self) || sameOrigin(origin, self);
    }

    private static boolean sameOrigin(@Nullable String url, String self) {
        if (url == null || url.isBlank()) {
            return false;
        }
        try {
            URI uri = new URI(url.strip());
            URI own = new URI(self);
            return uri.getScheme() != null
                    && uri.getScheme().equalsIgnoreCase(own.getScheme())
                    && uri.getHost() != null
                    && uri.getHost().equalsIgnoreCase(own.getHost())
                    && port(uri) == port(own);
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static int port(URI uri) {
        if (uri.getPort() >= 0) {
            return uri.getPort();
        }
        return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }
}
