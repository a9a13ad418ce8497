package io.serviceculture.core.standards;

import java.time.YearMonth;
import java.time.ZoneOffset;

/** How an attainment report groups recorded cycles; cycles without an assignee or team group under "". */
public enum AttainmentGrouping {
    STANDARD,
    PROJECT,
    TEAM,
    ASSIGNEE,
    /** Calendar month of the stop, in UTC, such as {@code 2026-11}. */
    MONTH;

    public String keyOf(RecordedCycle cycle) {
        return switch (this) {
            case STANDARD -> cycle.result().standard().value();
            case PROJECT -> cycle.projectKey();
            case TEAM -> cycle.team().map(team -> team.groupName()).orElse("");
            case ASSIGNEE -> cycle.assignee().map(user -> user.value()).orElse("");
            case MONTH -> YearMonth.from(cycle.result().cycle().stop().atZone(ZoneOffset.UTC))
                    .toString();
        };
    }
}
