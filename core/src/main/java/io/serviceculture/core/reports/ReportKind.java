package io.serviceculture.core.reports;

import java.util.Locale;
import java.util.Optional;

/** The tables an HR report can be downloaded as: the detail rows, and one summary per person, team, value, month. */
public enum ReportKind {
    DETAIL,
    PEOPLE,
    TEAMS,
    VALUES,
    MONTHS;

    /** The name in URLs and file names, as {@code detail}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ReportKind> byId(String id) {
        for (ReportKind kind : values()) {
            if (kind.id().equals(id)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
