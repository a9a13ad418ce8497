package io.serviceculture.core.common;

import org.jspecify.annotations.Nullable;

/** The request's data breaks a rule of the domain (HTTP 400). */
public class InvalidInputException extends DomainException {
    private static final long serialVersionUID = 1L;

    public InvalidInputException(String messageKey, Object... arguments) {
        this(null, messageKey, arguments);
    }

    private InvalidInputException(@Nullable String field, String messageKey, Object... arguments) {
        super(Kind.INVALID_INPUT, messageKey, field, arguments);
    }

    /** An error about one input field, so that a form can show it beside that field. */
    public static InvalidInputException onField(String field, String messageKey, Object... arguments) {
        return new InvalidInputException(field, messageKey, arguments);
    }
}
