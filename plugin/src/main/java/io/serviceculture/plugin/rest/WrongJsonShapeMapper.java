package io.serviceculture.plugin.rest;

import com.fasterxml.jackson.core.JsonParseException;
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
        // Jackson reports a body cut off inside a list or object as a mapping error around a parse error
        for (Throwable cause = exception.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof JsonParseException) {
                return errors.of(400, "service-culture.rest.error.malformed-json", null);
            }
        }
        String field = fieldOf(exception);
        return field == null
                ? errors.of(400, "service-culture.rest.error.wrong-json.no-field", null)
                : errors.of(400, "service-culture.rest.error.wrong-json", field, field);
    }

    private static @Nullable String fieldOf(JsonMappingException exception) {
        var path = exception.getPath();
        return path.isEmpty() ? null : path.get(path.size() - 1).getFieldName();
    }
}
