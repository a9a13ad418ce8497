package io.serviceculture.plugin.rest;

import com.fasterxml.jackson.databind.JsonMappingException;
import javax.inject.Inject;
import javax.ws.rs.core.Response;
import javax.ws.rs.ext.ExceptionMapper;
import javax.ws.rs.ext.Provider;
import org.jspecify.annotations.Nullable;

/** JSON of the wrong shape (a string where a list belongs, an unknown field): 400 naming the field. */
@Provider
public class WrongJsonShapeMapper implements ExceptionMapper<JsonMappingException> {
    private final ErrorResponses errors;

    @Inject
    public WrongJsonShapeMapper(ErrorResponses errors) {
        this.errors = errors;
    }

    @Override
    public Response toResponse(JsonMappingException exception) {
        return errors.of(400, "service-culture.rest.error.wrong-json", fieldOf(exception), fieldOf(exception));
    }

    private static @Nullable String fieldOf(JsonMappingException exception) {
        var path = exception.getPath();
        return path.isEmpty() ? null : path.get(path.size() - 1).getFieldName();
    }
}
