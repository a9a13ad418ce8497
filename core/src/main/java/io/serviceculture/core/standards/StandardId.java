package io.serviceculture.core.standards;

import io.serviceculture.core.common.InvalidInputException;

/** Names a service standard across all its versions. */
public record StandardId(String value) {
    /** Ids are stored in 255-character columns and shown in URLs; a short cap keeps both comfortable. */
    public static final int MAX_LENGTH = 100;

    public StandardId {
        if (value.isBlank()) {
            throw InvalidInputException.onField("standard", "service-culture.standards.error.id.blank");
        }
        if (value.length() > MAX_LENGTH) {
            throw InvalidInputException.onField("standard", "service-culture.standards.error.id.too-long", MAX_LENGTH);
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
