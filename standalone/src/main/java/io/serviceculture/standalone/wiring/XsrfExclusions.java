package io.serviceculture.standalone.wiring;

import com.atlassian.annotations.security.XsrfProtectionExcluded;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import javax.ws.rs.DELETE;
import javax.ws.rs.HttpMethod;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;

/**
 * A REST resource method marked {@code @XsrfProtectionExcluded}, as an HTTP method and a path pattern. The XSRF
 * check runs before Jersey matches a resource (so a form post to a JSON resource is 403, not 415), so it needs
 * the exclusions up front.
 */
record XsrfExclusions(String httpMethod, Pattern path) {

    boolean matches(String method, String requestPath) {
        return httpMethod.equalsIgnoreCase(method) && path.matcher(requestPath).matches();
    }

    static List<XsrfExclusions> of(Class<?> resource, List<String> mountPrefixes) {
        List<XsrfExclusions> out = new ArrayList<>();
        Path classPath = resource.getAnnotation(Path.class);
        if (classPath == null) {
            return out;
        }
        boolean classExcluded = resource.isAnnotationPresent(XsrfProtectionExcluded.class);
        for (Method m : resource.getMethods()) {
            String http = httpMethod(m);
            if (http.isEmpty() || !(classExcluded || m.isAnnotationPresent(XsrfProtectionExcluded.class))) {
                continue;
            }
            Path methodPath = m.getAnnotation(Path.class);
            String template = join(classPath.value(), methodPath == null ? "" : methodPath.value());
            for (String prefix : mountPrefixes) {
                out.add(new XsrfExclusions(http, Pattern.compile(Pattern.quote(prefix) + regex(template) + "/?")));
            }
        }
        return out;
    }

    private static String httpMethod(Method m) {
        if (m.isAnnotationPresent(POST.class)) {
            return "POST";
        }
        if (m.isAnnotationPresent(PUT.class)) {
            return "PUT";
        }
        if (m.isAnnotationPresent(DELETE.class)) {
            return "DELETE";
        }
        for (var a : m.getAnnotations()) {
            HttpMethod h = a.annotationType().getAnnotation(HttpMethod.class);
            if (h != null) {
                return h.value().toUpperCase(Locale.ROOT);
            }
        }
        return "";
    }

    private static String join(String a, String b) {
        String left = a.startsWith("/") ? a : "/" + a;
        if (b.isEmpty()) {
            return left.endsWith("/") ? left.substring(0, left.length() - 1) : left;
        }
        return (left.endsWith("/") ? left : left + "/") + (b.startsWith("/") ? b.substring(1) : b);
    }

    /** {@code /hooks/{id}} → {@code /hooks/[^/]+}, the rest quoted. */
    private static String regex(String template) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < template.length()) {
            int open = template.indexOf('{', i);
            if (open < 0) {
                out.append(Pattern.quote(template.substring(i)));
                break;
            }
            out.append(Pattern.quote(template.substring(i, open)));
            int close = template.indexOf('}', open);
            out.append("[^/]+");
            i = close + 1;
        }
        return out.toString();
    }
}
