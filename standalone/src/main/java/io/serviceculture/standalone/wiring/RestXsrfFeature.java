package io.serviceculture.standalone.wiring;

import com.atlassian.annotations.security.XsrfProtectionExcluded;
import io.serviceculture.standalone.web.HostErrors;
import io.serviceculture.standalone.web.XsrfRule;
import java.net.URI;
import java.util.Locale;
import javax.annotation.Priority;
import javax.ws.rs.Priorities;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.DynamicFeature;
import javax.ws.rs.container.ResourceInfo;
import javax.ws.rs.core.FeatureContext;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

/** The XSRF rule on the plugin's REST resources, except those marked {@code @XsrfProtectionExcluded}. */
public final class RestXsrfFeature implements DynamicFeature {
    @Override
    public void configure(ResourceInfo resource, FeatureContext context) {
        if (resource.getResourceMethod().isAnnotationPresent(XsrfProtectionExcluded.class)
                || resource.getResourceClass().isAnnotationPresent(XsrfProtectionExcluded.class)) {
            return;
        }
        context.register(new Check());
    }

    /** Refuses a simple cross-site body without the token header or a same-origin mark. */
    @Priority(Priorities.AUTHORIZATION + 1)
    static final class Check implements ContainerRequestFilter {
        @Override
        public void filter(ContainerRequestContext request) {
            MediaType type = request.getMediaType();
            String mediaType = type == null ? "" : (type.getType() + "/" + type.getSubtype()).toLowerCase(Locale.ROOT);
            URI base = request.getUriInfo().getBaseUri();
            String self = base.getScheme() + "://" + base.getHost() + (base.getPort() < 0 ? "" : ":" + base.getPort());
            if (XsrfRule.refuses(
                    request.getMethod(),
                    mediaType,
                    request.getHeaderString("X-Atlassian-Token"),
                    request.getHeaderString("Origin"),
                    request.getHeaderString("Referer"),
                    self)) {
                request.abortWith(Response.status(403)
                        .type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                        .entity(HostErrors.body("service-culture.host.error.xsrf"))
                        .build());
            }
        }
    }
}
