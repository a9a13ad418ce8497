package io.serviceculture.core.standards;

import io.serviceculture.core.common.InvalidInputException;

/** Names a service standard across all its versions. */
public record StandardId(String value) {
    public StandardId {
        if (value.isBlank()) {
            throw InvalidInputException.onField("standard", "service-culture.standards.error.id.blank");
        }
    }

    public static StandardId of(String value) {
        return new StandardId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
