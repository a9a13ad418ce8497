package io.serviceculture.core.common;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A rule of the domain refused a request. It carries an i18n key and arguments rather than English text, so
 * that the REST layer can answer in the caller's language, and a {@link Kind} that decides the HTTP status.
 */
public abstract class DomainException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** What went wrong, in the terms an HTTP adapter maps to a status code. */
    public enum Kind {
        INVALID_INPUT,
        FORBIDDEN,
        NOT_FOUND,
        CONFLICT,
        TOO_LARGE
    }

    private final Kind kind;
    private final String messageKey;
    private final List<Object> arguments;
    private final @Nullable String field;

    protected DomainException(Kind kind, String messageKey, @Nullable String field, Object... arguments) {
        super(messageKey + List.of(arguments));
        this.kind = kind;
        this.messageKey = messageKey;
        this.field = field;
        this.arguments = List.of(arguments);
    }

    public Kind kind() {
        return kind;
    }

    public String messageKey() {
        return messageKey;
    }

    public List<Object> arguments() {
        return arguments;
    }

    /** The input field the error is about, for forms that show it beside that field. */
    public Optional<String> field() {
        return Optional.ofNullable(field);
    }
}
