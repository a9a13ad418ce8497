package io.serviceculture.plugin.standards.rest;

import com.atlassian.sal.api.message.I18nResolver;
import io.serviceculture.core.standards.CompletedCycle;
import io.serviceculture.core.standards.IssueClocks;
import io.serviceculture.core.standards.MetricClock;
import io.serviceculture.core.standards.OngoingCycle;
import io.serviceculture.core.standards.PauseReason;
import io.serviceculture.core.standards.StandardClock;
import io.serviceculture.plugin.standards.rest.ClocksJson.ClockJson;
import io.serviceculture.plugin.standards.rest.ClocksJson.CycleJson;
import io.serviceculture.plugin.standards.rest.ClocksJson.OngoingJson;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import javax.inject.Inject;
import javax.inject.Named;

/** Turns an issue's clocks into JSON with texts in the viewer's language and times in the viewer's zone. */
@Named
public class ClocksJsonMapper {
    static final String RUNNING = "running";
    static final String WARNING = "warning";
    static final String PAUSED = "paused";
    static final String BREACHED = "breached";
    static final String MET = "met";
    static final String MISSED = "missed";

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final I18nResolver i18n;

    @Inject
    public ClocksJsonMapper(I18nResolver i18n) {
        this.i18n = i18n;
    }

    public ClocksJson toJson(IssueClocks clocks, ZoneId zone) {
        List<ClockJson> json = new ArrayList<>();
        for (StandardClock clock : clocks.clocks()) {
            json.add(toJson(clock, zone));
        }
        return new ClocksJson(clocks.issueKey(), iso(clocks.now(), zone), zone.getId(), json);
    }

    private ClockJson toJson(StandardClock standardClock, ZoneId zone) {
        MetricClock clock = standardClock.clock();
        List<CycleJson> completed = new ArrayList<>();
        int met = 0;
        for (CompletedCycle cycle : clock.completed()) {
            met += cycle.met() ? 1 : 0;
            completed.add(new CycleJson(
                    cycle.version(),
                    iso(cycle.start(), zone),
                    iso(cycle.stop(), zone),
                    cycle.elapsed().toSeconds(),
                    cycle.goal().toSeconds(),
                    cycle.met(),
                    stateText(cycle.met() ? MET : BREACHED)));
        }
        int breached = completed.size() - met;
        OngoingJson ongoing = clock.ongoing().map(cycle -> toJson(cycle, zone)).orElse(null);
        String state = state(clock);
        return new ClockJson(
                standardClock.standard().value(),
                standardClock.standardName(),
                clock.metricKey(),
                standardClock.metricName(),
                state,
                stateText(state),
                ongoing,
                completed,
                met,
                breached,
                text("service-culture.standards.clock.cycles", met, breached));
    }

    private OngoingJson toJson(OngoingCycle cycle, ZoneId zone) {
        Duration remaining = cycle.remaining();
        String remainingText = remaining.isNegative()
                ? text("service-culture.standards.clock.overdue", duration(remaining.negated()))
                : text("service-culture.standards.clock.remaining", duration(remaining));
        String reason = cycle.pausedFor().map(Enum::name).orElse(null);
        String reasonText = cycle.pausedFor().map(this::pauseText).orElse(null);
        String dueAt = cycle.dueAt().map(due -> iso(due, zone)).orElse(null);
        String dueText = cycle.dueAt()
                .map(due -> text("service-culture.standards.clock.due", SHOWN.format(due.atZone(zone))))
                .orElse(null);
        return new OngoingJson(
                cycle.version(),
                iso(cycle.start(), zone),
                cycle.elapsed().toSeconds(),
                cycle.goal().toSeconds(),
                remaining.toSeconds(),
                remainingText,
                cycle.paused(),
                reason,
                reasonText,
                dueAt,
                dueText,
                cycle.warning(),
                cycle.breached());
    }

    static String state(MetricClock clock) {
        if (clock.ongoing().isPresent()) {
            OngoingCycle cycle = clock.ongoing().get();
            if (cycle.breached()) {
                return BREACHED;
            }
            if (cycle.paused()) {
                return PAUSED;
            }
            return cycle.warning() ? WARNING : RUNNING;
        }
        List<CompletedCycle> completed = clock.completed();
        return completed.get(completed.size() - 1).met() ? MET : MISSED;
    }

    /** Hours and minutes of working time, such as "26 h 5 min"; seconds are left out. */
    String duration(Duration amount) {
        return text("service-culture.standards.clock.duration", amount.toHours(), amount.toMinutesPart());
    }

    private String stateText(String state) {
        switch (state) {
            case RUNNING:
                return text("service-culture.standards.clock.state.running");
            case WARNING:
                return text("service-culture.standards.clock.state.warning");
            case PAUSED:
                return text("service-culture.standards.clock.state.paused");
            case BREACHED:
                return text("service-culture.standards.clock.state.breached");
            case MET:
                return text("service-culture.standards.clock.state.met");
            default:
                return text("service-culture.standards.clock.state.missed");
        }
    }

    private String pauseText(PauseReason reason) {
        return reason == PauseReason.WAITING_FOR_CLIENT
                ? text("service-culture.standards.clock.pause.waiting-for-client")
                : text("service-culture.standards.clock.pause.waiting-for-third-party");
    }

    private String text(String key, Object... arguments) {
        Serializable[] values = new Serializable[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            values[i] = String.valueOf(arguments[i]);
        }
        return i18n.getText(key, values);
    }

    private static String iso(Instant instant, ZoneId zone) {
        return OffsetDateTime.ofInstant(instant, zone).toString();
    }
}
