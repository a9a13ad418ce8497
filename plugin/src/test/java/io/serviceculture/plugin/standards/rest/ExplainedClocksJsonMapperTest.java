package io.serviceculture.plugin.standards.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.sal.api.message.I18nResolver;
import io.serviceculture.core.people.UserKey;
import io.serviceculture.core.standards.ClockExplanation;
import io.serviceculture.core.standards.ClockInterval;
import io.serviceculture.core.standards.ClockMoment;
import io.serviceculture.core.standards.ExplainedCycle;
import io.serviceculture.core.standards.IntervalReason;
import io.serviceculture.core.standards.IssueClocksExplained;
import io.serviceculture.core.standards.StandardId;
import io.serviceculture.plugin.standards.rest.ExplainedClocksJson.CycleJson;
import io.serviceculture.plugin.standards.rest.ExplainedClocksJson.IntervalJson;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.Test;

public class ExplainedClocksJsonMapperTest {
    private static final Instant NINE = Instant.parse("2026-12-24T09:00:00Z");
    private static final Instant FIVE = Instant.parse("2026-12-24T17:00:00Z");
    private static final Instant MIDNIGHT = Instant.parse("2026-12-25T00:00:00Z");
    private static final Instant NEXT_MIDNIGHT = Instant.parse("2026-12-26T00:00:00Z");

    private final ExplainedClocksJsonMapper mapper = new ExplainedClocksJsonMapper(
            echoingI18n(), key -> key.value().equals("agent") ? "Agnes Agent" : key.value());

    /** Answers a key with its arguments, such as {@code key(a,b)}, so that tests see which text was asked for. */
    private static I18nResolver echoingI18n() {
        I18nResolver i18n = mock(I18nResolver.class);
        when(i18n.getText(anyString(), any(Serializable[].class))).thenAnswer(call -> {
            Object[] arguments = call.getArguments();
            StringBuilder joined = new StringBuilder();
            for (int i = 1; i < arguments.length; i++) {
                Object[] values = arguments[i] instanceof Serializable[] array ? array : new Object[] {arguments[i]};
                for (Object value : values) {
                    joined.append(joined.length() == 0 ? "" : ",").append(value);
                }
            }
            return arguments[0] + "(" + joined + ")";
        });
        return i18n;
    }

    @Test
    public void saysInWordsWhyEachIntervalCountedOrNotAndWhoBeganIt() {
        // given a resolution clock: 8h counted, the evening off, Christmas Day off, then paused for the client
        ClockMoment created = new ClockMoment(NINE, ClockMoment.Kind.ISSUE_CREATED, Optional.empty(), "");
        ClockMoment hoursEnd = ClockMoment.calendar(FIVE, ClockMoment.Kind.WORKING_HOURS_END, "");
        ClockMoment holiday = ClockMoment.calendar(MIDNIGHT, ClockMoment.Kind.HOLIDAY_BEGINS, "Christmas Day");
        ClockMoment waiting = new ClockMoment(
                NEXT_MIDNIGHT, ClockMoment.Kind.STATUS_CHANGED, Optional.of(UserKey.of("agent")), "Waiting for client");
        ClockMoment now = new ClockMoment(NEXT_MIDNIGHT.plusSeconds(60), ClockMoment.Kind.NOW, Optional.empty(), "");
        ExplainedCycle cycle = new ExplainedCycle(
                1,
                NINE,
                Optional.empty(),
                Duration.ofHours(8),
                Duration.ofHours(24),
                List.of(
                        new ClockInterval(
                                NINE, FIVE, IntervalReason.COUNTED, "", Duration.ofHours(8), created, hoursEnd),
                        new ClockInterval(
                                FIVE,
                                MIDNIGHT,
                                IntervalReason.OUTSIDE_WORKING_HOURS,
                                "",
                                Duration.ZERO,
                                hoursEnd,
                                holiday),
                        new ClockInterval(
                                MIDNIGHT,
                                NEXT_MIDNIGHT,
                                IntervalReason.HOLIDAY,
                                "Christmas Day",
                                Duration.ZERO,
                                holiday,
                                waiting),
                        new ClockInterval(
                                NEXT_MIDNIGHT,
                                now.at(),
                                IntervalReason.WAITING_FOR_CLIENT,
                                "Waiting for client",
                                Duration.ZERO,
                                waiting,
                                now)));
        IssueClocksExplained explained = new IssueClocksExplained(
                7,
                "SUP-7",
                now.at(),
                List.of(new ClockExplanation(
                        StandardId.of("support"),
                        "Client support",
                        "resolution",
                        "Time to resolution",
                        List.of(cycle))));

        // when
        ExplainedClocksJson json = mapper.toJson(explained, ZoneId.of("UTC"));

        // then
        CycleJson shown = json.clocks().get(0).cycles().get(0);
        assertThat(shown.running()).isTrue();
        assertThat(shown.elapsedMillis()).isEqualTo(8 * 3_600_000L);
        assertThat(shown.intervals().stream()
                        .mapToLong(IntervalJson::countedMillis)
                        .sum())
                .isEqualTo(shown.elapsedMillis());
        assertThat(shown.intervals())
                .extracting(IntervalJson::reasonText)
                .containsExactly(
                        "service-culture.standards.explain.reason.counted()",
                        "service-culture.standards.explain.reason.outside-hours()",
                        "service-culture.standards.explain.reason.holiday(Christmas Day)",
                        "service-culture.standards.explain.reason.waiting-for-client(Waiting for client)");
        assertThat(shown.intervals())
                .extracting(interval -> interval.startedBy().text())
                .containsExactly(
                        "service-culture.standards.explain.event.created()",
                        "service-culture.standards.explain.event.hours-end()",
                        "service-culture.standards.explain.event.holiday-begins()",
                        "service-culture.standards.explain.event.status(Agnes Agent,Waiting for client)");
        assertThat(shown.intervals().get(3).startedBy().actor()).isEqualTo("agent");
        assertThat(shown.intervals().get(3).endedBy().kind()).isEqualTo("NOW");
        assertThat(shown.intervals().get(0).fromText()).isEqualTo("2026-12-24 09:00");
    }
}
