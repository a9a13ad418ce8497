package io.serviceculture.plugin.rest;

import io.serviceculture.core.common.DomainException;
import javax.inject.Inject;
import javax.ws.rs.core.Response;
import javax.ws.rs.ext.ExceptionMapper;
import javax.ws.rs.ext.Provider;

/** Turns a refused domain rule into 400/403/404/409/413 with the one JSON error shape. */
@Provider
public class DomainExceptionMapper implements ExceptionMapper<DomainException> {
    private final ErrorResponses errors;

    @Inject
    public DomainExceptionMapper(ErrorResponses errors) {
        this.errors = errors;
    }

    @Override
    public Response toResponse(DomainException exception) {
        return errors.of(exception);
    }
}
