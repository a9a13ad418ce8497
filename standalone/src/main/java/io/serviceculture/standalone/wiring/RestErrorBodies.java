package io.serviceculture.standalone.wiring;

import io.serviceculture.standalone.web.HostErrors;
import java.util.Map;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerResponseContext;
import javax.ws.rs.container.ContainerResponseFilter;
import javax.ws.rs.core.MediaType;

/**
 * Gives Jersey's own refusals (no such resource, method or media type), which carry no body, the app's JSON
 * error shape instead of a servlet container's HTML page.
 */
public final class RestErrorBodies implements ContainerResponseFilter {
    private static final Map<Integer, String> KEYS = Map.of(
            404, "service-culture.host.error.not.found",
            405, "service-culture.host.error.method",
            406, "service-culture.host.error.not.acceptable",
            415, "service-culture.host.error.media.type");

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        String key = KEYS.get(response.getStatus());
        if (key != null && !response.hasEntity()) {
            response.setEntity(HostErrors.body(key), null, MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"));
        }
    }
}
