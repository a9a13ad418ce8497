package io.serviceculture.standalone.web;

import java.util.Locale;
import java.util.Set;
import javax.servlet.http.HttpServletRequest;

/** Small facts about a request the filters share. */
public final class Requests {
    private static final Set<String> MUTATING = Set.of("POST", "PUT", "DELETE", "PATCH");

    private Requests() {}

    /** The path inside the context, e.g. {@code /rest/service-culture/1.0/kudos}. */
    public static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    public static boolean isRest(HttpServletRequest request) {
        return path(request).startsWith("/rest/");
    }

    public static boolean isMutating(HttpServletRequest request) {
        return MUTATING.contains(request.getMethod().toUpperCase(Locale.ROOT));
    }

    /** The media type without parameters, lower case, or empty. */
    public static String mediaType(HttpServletRequest request) {
        String type = request.getContentType();
        if (type == null) {
            return "";
        }
        int semicolon = type.indexOf(';');
        return (semicolon < 0 ? type : type.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
    }

    /** {@code scheme://host[:port]} of this request, as a browser would write it in {@code Origin}. */
    public static String origin(HttpServletRequest request) {
        String scheme = request.getScheme();
        int port = request.getServerPort();
        boolean defaultPort = ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
        return scheme + "://" + request.getServerName() + (defaultPort ? "" : ":" + port);
    }
}
