package io.serviceculture.core.standards;

import io.serviceculture.core.common.InvalidInputException;
import io.serviceculture.core.standards.calendar.CalendarId;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One measured promise of a standard: what starts, pauses and stops its clock, the goal in working time of a
 * calendar, and when to warn (a share of the goal, 75 % unless set). A status may pause for one reason only.
 *
 * @param key stable within a standard, so that cycles of different versions can be compared
 */
public record Metric(
        String key,
        String name,
        Set<StartTrigger> startOn,
        List<PauseCondition> pauses,
        Set<StopTrigger> stopOn,
        Duration goal,
        int warningPercent,
        CalendarId calendar) {

    public static final String FIRST_RESPONSE = "first-response";
    public static final String RESOLUTION = "resolution";
    public static final int DEFAULT_WARNING_PERCENT = 75;

    public Metric {
        if (key.isBlank()) {
            throw InvalidInputException.onField("key", "service-culture.standards.metric.error.key.blank");
        }
        if (name.isBlank()) {
            throw InvalidInputException.onField("name", "service-culture.standards.metric.error.name.blank");
        }
        // unmodifiable enum sets: a clock asks them on every event, and a bit test is the cheapest answer
        startOn = startOn.isEmpty()
                ? Collections.unmodifiableSet(EnumSet.noneOf(StartTrigger.class))
                : Collections.unmodifiableSet(EnumSet.copyOf(startOn));
        stopOn = stopOn.isEmpty()
                ? Collections.unmodifiableSet(EnumSet.noneOf(StopTrigger.class))
                : Collections.unmodifiableSet(EnumSet.copyOf(stopOn));
        pauses = List.copyOf(pauses);
        if (startOn.isEmpty()) {
            throw InvalidInputException.onField("start", "service-culture.standards.metric.error.start.empty");
        }
        if (stopOn.isEmpty()) {
            throw InvalidInputException.onField("stop", "service-culture.standards.metric.error.stop.empty");
        }
        if (goal.isNegative() || goal.isZero()) {
            throw InvalidInputException.onField("goal", "service-culture.standards.metric.error.goal.positive");
        }
        if (warningPercent < 1 || warningPercent > 100) {
            throw InvalidInputException.onField(
                    "warning", "service-culture.standards.metric.error.warning.range", 1, 100);
        }
        Map<String, PauseReason> reasonOf = new HashMap<>();
        for (PauseCondition pause : pauses) {
            for (String status : pause.statusIds()) {
                PauseReason earlier = reasonOf.putIfAbsent(status, pause.reason());
                if (earlier != null) {
                    throw InvalidInputException.onField(
                            "pauses", "service-culture.standards.metric.error.pause.status-twice", status);
                }
            }
        }
    }

    /**
     * Time to first response: starts when the issue is created and stops at the first comment by someone other
     * than the reporter, or, when {@code transitionCounts}, at their first status change if that comes sooner.
     */
    public static Metric timeToFirstResponse(Duration goal, CalendarId calendar, boolean transitionCounts) {
        Set<StopTrigger> stops = transitionCounts
                ? EnumSet.of(StopTrigger.COMMENT_BY_OTHER_THAN_REPORTER, StopTrigger.TRANSITION_BY_OTHER_THAN_REPORTER)
                : EnumSet.of(StopTrigger.COMMENT_BY_OTHER_THAN_REPORTER);
        return new Metric(
                FIRST_RESPONSE,
                "Time to first response",
                EnumSet.of(StartTrigger.ISSUE_CREATED),
                List.of(),
                stops,
                goal,
                DEFAULT_WARNING_PERCENT,
                calendar);
    }

    /**
     * Time to resolution: starts when the issue is created and again when it is reopened, stands still while it
     * waits for the client or a third party (empty sets: never), and stops when a resolution is set.
     */
    public static Metric timeToResolution(
            Duration goal, CalendarId calendar, Set<String> waitingForClient, Set<String> waitingForThirdParty) {
        List<PauseCondition> pauses = new ArrayList<>();
        if (!waitingForClient.isEmpty()) {
            pauses.add(new PauseCondition(PauseReason.WAITING_FOR_CLIENT, waitingForClient));
        }
        if (!waitingForThirdParty.isEmpty()) {
            pauses.add(new PauseCondition(PauseReason.WAITING_FOR_THIRD_PARTY, waitingForThirdParty));
        }
        return new Metric(
                RESOLUTION,
                "Time to resolution",
                EnumSet.of(StartTrigger.ISSUE_CREATED, StartTrigger.ISSUE_REOPENED),
                pauses,
                EnumSet.of(StopTrigger.RESOLUTION_SET),
                goal,
                DEFAULT_WARNING_PERCENT,
                calendar);
    }

    public Metric withWarningPercent(int percent) {
        return new Metric(key, name, startOn, pauses, stopOn, goal, percent, calendar);
    }

    public Metric withStopOn(Set<StopTrigger> triggers) {
        return new Metric(key, name, startOn, pauses, triggers, goal, warningPercent, calendar);
    }

    /** Why the clock stands still in this status, if it does. */
    public Optional<PauseReason> pauseReasonIn(String statusId) {
        return Optional.ofNullable(pauseReasonOrNull(statusId));
    }

    /** The same without an {@code Optional}, for the evaluator's inner loop. */
    @Nullable
    PauseReason pauseReasonOrNull(String statusId) {
        for (int i = 0; i < pauses.size(); i++) {
            PauseCondition pause = pauses.get(i);
            if (pause.statusIds().contains(statusId)) {
                return pause.reason();
            }
        }
        return null;
    }
}
