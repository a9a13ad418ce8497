package io.serviceculture.core.common;

import org.jspecify.annotations.Nullable;

/** The caller is known but may not do this (HTTP 403). */
public class PermissionDeniedException extends DomainException {
    private static final long serialVersionUID = 1L;

    public PermissionDeniedException(String messageKey, Object... arguments) {
        this(null, messageKey, arguments);
    }

    private PermissionDeniedException(@Nullable String field, String messageKey, Object... arguments) {
        super(Kind.FORBIDDEN, messageKey, field, arguments);
    }

    /** An error about one input field, so that a form can show it beside that field. */
    public static PermissionDeniedException onField(String field, String messageKey, Object... arguments) {
        return new PermissionDeniedException(field, messageKey, arguments);
    }
}
