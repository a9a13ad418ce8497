package io.serviceculture.plugin.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import javax.inject.Inject;
import javax.ws.rs.core.Response;
import javax.ws.rs.ext.ExceptionMapper;
import javax.ws.rs.ext.Provider;

/**
 * A body that is not JSON at all is the caller's mistake: 400, never a 500. Mapped by its exact type so that
 * it wins over the generic mappers a JSON provider may register.
 */
@Provider
public class MalformedJsonMapper implements ExceptionMapper<JsonProcessingException> {
    private final ErrorResponses errors;

    @Inject
    public MalformedJsonMapper(ErrorResponses errors) {
        this.errors = errors;
    }

    @Override
    public Response toResponse(JsonProcessingException exception) {
        return errors.of(400, "service-culture.rest.error.malformed-json", null);
    }
}
