package io.serviceculture.acceptance.rest;

import static org.assertj.core.api.Assertions.assertThat;

import io.serviceculture.acceptance.testing.AccessRule;
import io.serviceculture.acceptance.testing.AccessRules;
import io.serviceculture.standalone.wiring.HostedPlugin;
import io.serviceculture.standalone.wiring.PluginDescriptor;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import javax.ws.rs.HttpMethod;
import javax.ws.rs.Path;
import org.junit.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;

/**
 * The authorisation matrix leaves nothing out: every page the app's {@code atlassian-plugin.xml} declares and
 * every REST resource method Jira would mount from it (found by reflection, as the host and Jira find them) has a
 * row in {@link AccessRules}. A new endpoint without rows fails here before anyone forgets it.
 */
public class AuthorisationMatrixCoverageTest {
    private static final ClassLoader LOADER = AuthorisationMatrixCoverageTest.class.getClassLoader();

    @Test
    public void everyServletPageHasRows() {
        PluginDescriptor descriptor = HostedPlugin.readDescriptor(LOADER, "");
        List<String> missing = new ArrayList<>();
        for (PluginDescriptor.Servlet servlet : descriptor.servlets()) {
            for (String pattern : servlet.urlPatterns()) {
                String page = "/plugins/servlet" + (pattern.startsWith("/") ? pattern : "/" + pattern);
                if (!covered("GET", Pattern.compile(Pattern.quote(page)))) {
                    missing.add("GET " + page + " (" + servlet.className() + ")");
                }
            }
        }

        assertThat(descriptor.servlets()).isNotEmpty();
        assertThat(missing).as("pages without rows in AccessRules").isEmpty();
    }

    @Test
    public void everyRestResourceMethodHasRows() throws ClassNotFoundException {
        PluginDescriptor descriptor = HostedPlugin.readDescriptor(LOADER, "");
        List<String> endpoints = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (PluginDescriptor.Rest rest : descriptor.rest()) {
            String prefix =
                    "/rest" + (rest.path().startsWith("/") ? rest.path() : "/" + rest.path()) + "/" + rest.version();
            for (Class<?> resource : resources(rest.packages())) {
                String classPath = resource.getAnnotation(Path.class).value();
                for (Method method : resource.getMethods()) {
                    String http = httpMethod(method);
                    if (http.isEmpty()) {
                        continue;
                    }
                    Path methodPath = method.getAnnotation(Path.class);
                    String template = prefix + join(classPath, methodPath == null ? "" : methodPath.value());
                    endpoints.add(http + " " + template);
                    if (!covered(http, regex(template))) {
                        missing.add(
                                http + " " + template + " (" + resource.getSimpleName() + "#" + method.getName() + ")");
                    }
                }
            }
        }

        assertThat(endpoints).hasSizeGreaterThan(50);
        assertThat(missing)
                .as("REST resource methods without rows in AccessRules")
                .isEmpty();
    }

    private static boolean covered(String http, Pattern path) {
        for (AccessRule rule : AccessRules.all()) {
            String rulePath = rule.endpoint().path();
            int query = rulePath.indexOf('?');
            if (query >= 0) {
                rulePath = rulePath.substring(0, query);
            }
            if (rule.endpoint().method().equals(http) && path.matcher(rulePath).matches()) {
                return true;
            }
        }
        return false;
    }

    private static List<Class<?>> resources(List<String> packages) throws ClassNotFoundException {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Path.class));
        List<Class<?>> found = new ArrayList<>();
        for (String pkg : packages) {
            for (BeanDefinition candidate : scanner.findCandidateComponents(pkg)) {
                found.add(Class.forName(candidate.getBeanClassName(), false, LOADER));
            }
        }
        return found;
    }

    private static String httpMethod(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            HttpMethod http = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (http != null) {
                return http.value().toUpperCase(Locale.ROOT);
            }
        }
        return "";
    }

    private static String join(String classPath, String methodPath) {
        String left = classPath.startsWith("/") ? classPath : "/" + classPath;
        left = left.endsWith("/") ? left.substring(0, left.length() - 1) : left;
        if (methodPath.isEmpty()) {
            return left;
        }
        return left + (methodPath.startsWith("/") ? methodPath : "/" + methodPath);
    }

    /** {@code /kudos/{id}/reaction} matches {@code /kudos/999999/reaction}; the rest literally. */
    private static Pattern regex(String template) {
        StringBuilder out = new StringBuilder();
        int at = 0;
        while (at < template.length()) {
            int open = template.indexOf('{', at);
            if (open < 0) {
                out.append(Pattern.quote(template.substring(at)));
                break;
            }
            out.append(Pattern.quote(template.substring(at, open))).append("[^/]+?");
            at = template.indexOf('}', open) + 1;
        }
        return Pattern.compile(out.toString());
    }
}
