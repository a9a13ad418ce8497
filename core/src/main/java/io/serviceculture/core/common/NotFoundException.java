package io.serviceculture.core.common;

import org.jspecify.annotations.Nullable;

/** What the request names does not exist, or the caller may not know that it does (HTTP 404). */
public class NotFoundException extends DomainException {
    private static final long serialVersionUID = 1L;

    public NotFoundException(String messageKey, Object... arguments) {
        this(null, messageKey, arguments);
    }

    private NotFoundException(@Nullable String field, String messageKey, Object... arguments) {
        super(Kind.NOT_FOUND, messageKey, field, arguments);
    }

    /** An error about one input field, so that a form can show it beside that field. */
    public static NotFoundException onField(String field, String messageKey, Object... arguments) {
        return new NotFoundException(field, messageKey, arguments);
    }
}
