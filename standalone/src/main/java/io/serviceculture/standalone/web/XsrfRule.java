package io.serviceculture.standalone.web;

import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Jira's XSRF rule, shared by the servlet filter and the REST filter: a mutating request whose body a browser
 * could send cross-site without a CORS pre-flight (form, multipart, {@code text/plain}) passes only with
 * {@code X-Atlassian-Token: no-check} or from this origin. JSON bodies always pass.
 */
public final class XsrfRule {
    private static final Set<String> MUTATING = Set.of("POST", "PUT", "DELETE", "PATCH");
    private static final Set<String> SIMPLE_BODIES =
            Set.of("application/x-www-form-urlencoded", "multipart/form-data", "text/plain");

    private XsrfRule() {}

    /**
     * @param mediaType the body's media type without parameters, lower case, or empty
     * @param self this request's own origin, {@code scheme://host[:port]}
     */
    public static boolean refuses(
            String method,
            String mediaType,
            @Nullable String tokenHeader,
            @Nullable String origin,
            @Nullable String referer,
            String self) {
        if (!MUTATING.contains(method.toUpperCase(Locale.ROOT)) || !SIMPLE_BODIES.contains(mediaType)) {
            return false;
        }
        if (tokenHeader != null
                && (tokenHeader.equalsIgnoreCase("no-check") || tokenHeader.equalsIgnoreCase("nocheck"))) {
            return false;
        }
        return !sameOrigin(origin, referer, self);
    }

    /** The browser says where a request came from in {@code Origin}, or failing that in {@code Referer}. */
    static boolean sameOrigin(@Nullable String origin, @Nullable String referer, String self) {
        if (origin != null) {
            return origin.equalsIgnoreCase(self);
        }
        return referer != null
                && (referer.equalsIgnoreCase(self) || referer.regionMatches(true, 0, self + "/", 0, self.length() + 1));
    }
}
