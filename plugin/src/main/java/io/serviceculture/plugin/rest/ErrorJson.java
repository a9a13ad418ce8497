package io.serviceculture.plugin.rest;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** The one error body every resource answers with: {@code {"errors":[{"key","message","field"}]}}. */
public record ErrorJson(List<Item> errors) {
    public ErrorJson {
        errors = List.copyOf(errors);
    }

    public static ErrorJson of(String key, String message, @Nullable String field) {
        return new ErrorJson(List.of(new Item(key, message, field)));
    }

    /** One error: its i18n key, the message in the caller's language, and the field it is about if any. */
    public record Item(String key, String message, @Nullable String field) {}
}
