package io.serviceculture.core.people;

import java.util.Locale;
import java.util.Optional;

/** A feature an admin can turn off as a whole; every feature is on until an admin turns it off. */
public enum Feature {
    STANDARDS,
    COMMITMENTS,
    ACCOUNTABILITY,
    KUDOS;

    /** The feature's name in settings and the API: lower case, as {@code kudos}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Feature> byId(String id) {
        for (Feature feature : values()) {
            if (feature.id().equals(id)) {
                return Optional.of(feature);
            }
        }
        return Optional.empty();
    }
}
