package io.serviceculture.standalone.wiring;

import com.atlassian.plugins.rest.api.security.annotation.AdminOnly;
import com.atlassian.plugins.rest.api.security.annotation.AnonymousSiteAccess;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.atlassian.plugins.rest.api.security.annotation.SystemAdminOnly;
import com.atlassian.plugins.rest.api.security.annotation.UnlicensedSiteAccess;
import com.atlassian.plugins.rest.api.security.annotation.UnrestrictedAccess;
import io.serviceculture.standalone.directory.HostDirectory;
import io.serviceculture.standalone.directory.HostUser;
import io.serviceculture.standalone.web.CurrentUser;
import io.serviceculture.standalone.web.HostErrors;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.util.List;
import java.util.Optional;
import javax.annotation.Priority;
import javax.ws.rs.Priorities;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.DynamicFeature;
import javax.ws.rs.container.ResourceInfo;
import javax.ws.rs.core.FeatureContext;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

/**
 * Jira 10's REST v2 access rules, from the annotation on the method, else its class, else its package: open for
 * {@code @UnrestrictedAccess} and {@code @AnonymousSiteAccess}; any logged-in user for
 * {@code @UnlicensedSiteAccess}; Jira users (an application access group) for {@code @LicensedOnly} and for no
 * annotation at all; administrators for {@code @AdminOnly}; system administrators for {@code @SystemAdminOnly}.
 * Anonymous callers get 401, callers without the right 403.
 */
public final class RestAccessFeature implements DynamicFeature {
    /** The access levels, weakest first. */
    enum Access {
        OPEN,
        LOGGED_IN,
        LICENSED,
        ADMIN,
        SYSTEM_ADMIN
    }

    private static final List<Class<? extends Annotation>> ANNOTATIONS = List.of(
            UnrestrictedAccess.class,
            AnonymousSiteAccess.class,
            UnlicensedSiteAccess.class,
            LicensedOnly.class,
            AdminOnly.class,
            SystemAdminOnly.class);

    private final HostDirectory directory;

    public RestAccessFeature(HostDirectory directory) {
        this.directory = directory;
    }

    @Override
    public void configure(ResourceInfo resource, FeatureContext context) {
        Access access = access(resource.getResourceClass(), resource.getResourceMethod());
        if (access != Access.OPEN) {
            context.register(new Check(access, directory));
        }
    }

    static Access access(Class<?> type, java.lang.reflect.Method method) {
        return annotated(method)
                .or(() -> annotated(type))
                .or(() -> Optional.ofNullable(type.getPackage()).flatMap(RestAccessFeature::annotated))
                .orElse(Access.LICENSED);
    }

    /** A servlet's access, from its class or package: Jira 10 applies the same rules to servlets. */
    static Access access(Class<?> type) {
        return annotated(type)
                .or(() -> Optional.ofNullable(type.getPackage()).flatMap(RestAccessFeature::annotated))
                .orElse(Access.LICENSED);
    }

    /** The key of the refusal a user gets, or empty when the user may pass. */
    static Optional<String> refusal(Access access, HostUser user, HostDirectory directory) {
        String key = user.key();
        switch (access) {
            case LICENSED:
                return directory.isLicensed(key)
                        ? Optional.empty()
                        : Optional.of("service-culture.host.error.unlicensed");
            case ADMIN:
                return directory.isAdmin(key) || directory.isSystemAdmin(key)
                        ? Optional.empty()
                        : Optional.of("service-culture.host.error.admin");
            case SYSTEM_ADMIN:
                return directory.isSystemAdmin(key)
                        ? Optional.empty()
                        : Optional.of("service-culture.host.error.sysadmin");
            default:
                return Optional.empty();
        }
    }

    private static Optional<Access> annotated(AnnotatedElement element) {
        for (Class<? extends Annotation> a : ANNOTATIONS) {
            if (element.isAnnotationPresent(a)) {
                return Optional.of(accessOf(a));
            }
        }
        return Optional.empty();
    }

    private static Access accessOf(Class<? extends Annotation> a) {
        if (a == UnrestrictedAccess.class || a == AnonymousSiteAccess.class) {
            return Access.OPEN;
        }
        if (a == UnlicensedSiteAccess.class) {
            return Access.LOGGED_IN;
        }
        if (a == AdminOnly.class) {
            return Access.ADMIN;
        }
        if (a == SystemAdminOnly.class) {
            return Access.SYSTEM_ADMIN;
        }
        return Access.LICENSED;
    }

    /** Refuses a request that lacks the access its resource method needs. */
    @Priority(Priorities.AUTHENTICATION)
    static final class Check implements ContainerRequestFilter {
        private final Access access;
        private final HostDirectory directory;

        Check(Access access, HostDirectory directory) {
            this.access = access;
            this.directory = directory;
        }

        @Override
        public void filter(ContainerRequestContext request) {
            Optional<HostUser> user = CurrentUser.get();
            if (user.isEmpty()) {
                refuse(request, 401, "service-culture.host.error.unauthorized");
                return;
            }
            refusal(access, user.get(), directory).ifPresent(key -> refuse(request, 403, key));
        }

        private static void refuse(ContainerRequestContext request, int status, String key) {
            request.abortWith(Response.status(status)
                    .type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                    .entity(HostErrors.body(key))
                    .build());
        }
    }
}
