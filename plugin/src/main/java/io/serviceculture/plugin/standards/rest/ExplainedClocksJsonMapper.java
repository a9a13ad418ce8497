package io.serviceculture.plugin.standards.rest;

import com.atlassian.sal.api.message.I18nResolver;
import io.serviceculture.core.people.Person;
import io.serviceculture.core.people.TeamKey;
import io.serviceculture.core.people.UserKey;
import io.serviceculture.core.standards.ClockExplanation;
import io.serviceculture.core.standards.ClockInterval;
import io.serviceculture.core.standards.ClockMoment;
import io.serviceculture.core.standards.ExplainedCycle;
import io.serviceculture.core.standards.IntervalReason;
import io.serviceculture.core.standards.IssueClocksExplained;
import io.serviceculture.plugin.people.JiraDirectory;
import io.serviceculture.plugin.standards.rest.ExplainedClocksJson.ClockJson;
import io.serviceculture.plugin.standards.rest.ExplainedClocksJson.CycleJson;
import io.serviceculture.plugin.standards.rest.ExplainedClocksJson.IntervalJson;
import io.serviceculture.plugin.standards.rest.ExplainedClocksJson.MomentJson;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javax.inject.Inject;
import javax.inject.Named;

/** Explained clocks as JSON, every reason and event in the viewer's language, people by their display names. */
@Named
public class ExplainedClocksJsonMapper {
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final I18nResolver i18n;
    private final Function<UserKey, String> names;

    @Inject
    public ExplainedClocksJsonMapper(I18nResolver i18n, JiraDirectory directory) {
        this(i18n, key -> directory.findPerson(key).map(Person::displayName).orElse(key.value()));
    }

    ExplainedClocksJsonMapper(I18nResolver i18n, Function<UserKey, String> names) {
        this.i18n = i18n;
        this.names = names;
    }

    public ExplainedClocksJson toJson(IssueClocksExplained explained, ZoneId zone) {
        return toJson(explained, zone, Optional.empty());
    }

    /**
     * The same, as one team's clocks when {@code team} is given: each cycle's summary then says how much of the
     * clock the team owned, as a team's share has no goal of its own.
     */
    public ExplainedClocksJson toJson(IssueClocksExplained explained, ZoneId zone, Optional<TeamKey> team) {
        List<ClockJson> clocks = new ArrayList<>();
        for (ClockExplanation clock : explained.clocks()) {
            List<CycleJson> cycles = new ArrayList<>();
            for (ExplainedCycle cycle : clock.cycles()) {
                cycles.add(toJson(cycle, zone, team));
            }
            clocks.add(new ClockJson(
                    clock.standard().value(), clock.standardName(), clock.metricKey(), clock.metricName(), cycles));
        }
        return new ExplainedClocksJson(explained.issueKey(), iso(explained.now(), zone), zone.getId(), clocks);
    }

    private CycleJson toJson(ExplainedCycle cycle, ZoneId zone, Optional<TeamKey> team) {
        List<IntervalJson> intervals = new ArrayList<>();
        for (ClockInterval interval : cycle.intervals()) {
            intervals.add(new IntervalJson(
                    iso(interval.from(), zone),
                    iso(interval.to(), zone),
                    shown(interval.from(), zone),
                    shown(interval.to(), zone),
                    interval.reason() == IntervalReason.COUNTED,
                    interval.reason().name(),
                    reasonText(interval),
                    interval.counted().toMillis(),
                    duration(interval.counted()),
                    toJson(interval.startedBy(), zone),
                    toJson(interval.endedBy(), zone)));
        }
        String summary = team.isPresent()
                ? text(
                        "service-culture.standards.explain.summary.team",
                        team.get().groupName(),
                        duration(cycle.elapsed()))
                : cycle.running()
                        ? text(
                                "service-culture.standards.explain.summary.running",
                                duration(cycle.elapsed()),
                                duration(cycle.goal()))
                        : text(
                                cycle.met()
                                        ? "service-culture.standards.explain.summary.met"
                                        : "service-culture.standards.explain.summary.breached",
                                duration(cycle.elapsed()),
                                duration(cycle.goal()));
        return new CycleJson(
                cycle.version(),
                iso(cycle.start(), zone),
                cycle.stop().map(stop -> iso(stop, zone)).orElse(null),
                cycle.running(),
                cycle.elapsed().toMillis(),
                cycle.goal().toMillis(),
                cycle.met(),
                summary,
                intervals);
    }

    private String reasonText(ClockInterval interval) {
        switch (interval.reason()) {
            case COUNTED:
                return text("service-culture.standards.explain.reason.counted");
            case OUTSIDE_WORKING_HOURS:
                return text("service-culture.standards.explain.reason.outside-hours");
            case HOLIDAY:
                return interval.detail().isEmpty()
                        ? text("service-culture.standards.explain.reason.holiday.unnamed")
                        : text("service-culture.standards.explain.reason.holiday", interval.detail());
            case WAITING_FOR_CLIENT:
                return text("service-culture.standards.explain.reason.waiting-for-client", interval.detail());
            case WAITING_FOR_THIRD_PARTY:
                return text("service-culture.standards.explain.reason.waiting-for-third-party", interval.detail());
            case OWNED_BY_ANOTHER_TEAM:
                return text("service-culture.standards.explain.reason.owned-by-another-team", interval.detail());
            case OWNED_BY_NOBODY:
                return text("service-culture.standards.explain.reason.owned-by-nobody");
        }
        throw new IllegalArgumentException("no text for " + interval.reason());
    }

    private MomentJson toJson(ClockMoment moment, ZoneId zone) {
        String who =
                moment.actor().map(names).orElseGet(() -> text("service-culture.standards.explain.event.automation"));
        String text;
        switch (moment.kind()) {
            case ISSUE_CREATED:
                text = text("service-culture.standards.explain.event.created");
                break;
            case ISSUE_REOPENED:
                text = text("service-culture.standards.explain.event.reopened", who);
                break;
            case STATUS_CHANGED:
                text = text("service-culture.standards.explain.event.status", who, moment.detail());
                break;
            case ASSIGNEE_CHANGED:
                text = moment.detail().isEmpty()
                        ? text("service-culture.standards.explain.event.unassigned", who)
                        : text(
                                "service-culture.standards.explain.event.assigned",
                                who,
                                names.apply(UserKey.of(moment.detail())));
                break;
            case COMMENTED:
                text = text("service-culture.standards.explain.event.first-response", who);
                break;
            case RESOLUTION_SET:
                text = text("service-culture.standards.explain.event.resolved", who, moment.detail());
                break;
            case WORKING_HOURS_BEGIN:
                text = text("service-culture.standards.explain.event.hours-begin");
                break;
            case WORKING_HOURS_END:
                text = text("service-culture.standards.explain.event.hours-end");
                break;
            case HOLIDAY_BEGINS:
                text = text("service-culture.standards.explain.event.holiday-begins");
                break;
            case HOLIDAY_ENDS:
                text = text("service-culture.standards.explain.event.holiday-ends");
                break;
            default:
                text = text("service-culture.standards.explain.event.now");
        }
        Optional<String> actor = moment.actor().map(UserKey::value);
        return new MomentJson(iso(moment.at(), zone), moment.kind().name(), actor.orElse(null), text);
    }

    /** Hours and minutes of working time, as the clocks show it. */
    private String duration(Duration amount) {
        return text("service-culture.standards.clock.duration", amount.toHours(), amount.toMinutesPart());
    }

    private String text(String key, Object... arguments) {
        Serializable[] values = new Serializable[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            values[i] = String.valueOf(arguments[i]);
        }
        return i18n.getText(key, values);
    }

    private static String shown(Instant instant, ZoneId zone) {
        return SHOWN.format(instant.atZone(zone));
    }

    private static String iso(Instant instant, ZoneId zone) {
        return OffsetDateTime.ofInstant(instant, zone).toString();
    }
}
