package io.serviceculture.core.common;

import org.jspecify.annotations.Nullable;

/** The request is valid but clashes with the current state, such as a used-up allowance (HTTP 409). */
public class ConflictException extends DomainException {
    private static final long serialVersionUID = 1L;

    public ConflictException(String messageKey, Object... arguments) {
        this(null, messageKey, arguments);
    }

    private ConflictException(@Nullable String field, String messageKey, Object... arguments) {
        super(Kind.CONFLICT, messageKey, field, arguments);
    }

    /** An error about one input field, so that a form can show it beside that field. */
    public static ConflictException onField(String field, String messageKey, Object... arguments) {
        return new ConflictException(field, messageKey, arguments);
    }
}
