package io.serviceculture.plugin.standards.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.sal.api.message.I18nResolver;
import io.serviceculture.core.standards.CompletedCycle;
import io.serviceculture.core.standards.IssueClocks;
import io.serviceculture.core.standards.MetricClock;
import io.serviceculture.core.standards.OngoingCycle;
import io.serviceculture.core.standards.PauseReason;
import io.serviceculture.core.standards.StandardClock;
import io.serviceculture.core.standards.StandardId;
import io.serviceculture.plugin.standards.rest.ClocksJson.ClockJson;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.Test;

public class ClocksJsonMapperTest {
    static final Instant NOW = Instant.parse("2026-11-23T11:00:00Z");
    static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private final ClocksJsonMapper mapper = new ClocksJsonMapper(echoingI18n());

    @Test
    public void showsRemainingTimeAndDueDateInTheViewersZone() {
        OngoingCycle running = new OngoingCycle(
                2,
                Instant.parse("2026-11-23T09:00:00Z"),
                Duration.ofMinutes(90),
                Duration.ofHours(8),
                75,
                Optional.empty(),
                Optional.of(Instant.parse("2026-11-23T17:30:00Z")));

        ClocksJson json = mapper.toJson(clocks(new MetricClock("resolution", List.of(), Optional.of(running))), PARIS);

        ClockJson clock = json.clocks().get(0);
        assertThat(json.now()).isEqualTo("2026-11-23T12:00+01:00");
        assertThat(json.zone()).isEqualTo("Europe/Paris");
        assertThat(clock.state()).isEqualTo("running");
        assertThat(clock.stateText()).isEqualTo("service-culture.standards.clock.state.running()");
        assertThat(clock.ongoing().remainingSeconds()).isEqualTo(6 * 3600 + 30 * 60);
        assertThat(clock.ongoing().remainingText())
                .isEqualTo("service-culture.standards.clock.remaining(service-culture.standards.clock.duration(6,30))");
        assertThat(clock.ongoing().dueAt()).isEqualTo("2026-11-23T18:30+01:00");
        assertThat(clock.ongoing().dueText()).isEqualTo("service-culture.standards.clock.due(2026-11-23 18:30)");
    }

    @Test
    public void saysWhyAClockIsPausedInWords() {
        OngoingCycle paused = new OngoingCycle(
                1,
                Instant.parse("2026-11-23T09:00:00Z"),
                Duration.ofHours(7),
                Duration.ofHours(8),
                75,
                Optional.of(PauseReason.WAITING_FOR_CLIENT),
                Optional.empty());

        ClockJson clock = mapper.toJson(clocks(new MetricClock("resolution", List.of(), Optional.of(paused))), PARIS)
                .clocks()
                .get(0);

        assertThat(clock.state()).isEqualTo("paused");
        assertThat(clock.ongoing().paused()).isTrue();
        assertThat(clock.ongoing().pausedReason()).isEqualTo("WAITING_FOR_CLIENT");
        assertThat(clock.ongoing().pausedReasonText())
                .isEqualTo("service-culture.standards.clock.pause.waiting-for-client()");
        assertThat(clock.ongoing().warning()).isTrue();
        assertThat(clock.ongoing().dueText()).isNull();
    }

    @Test
    public void countsOverdueTimeAndCompletedCycles() {
        CompletedCycle met = new CompletedCycle(
                1,
                Instant.parse("2026-11-20T09:00:00Z"),
                Instant.parse("2026-11-20T10:00:00Z"),
                Duration.ofHours(1),
                Duration.ofHours(8));
        OngoingCycle overdue = new OngoingCycle(
                1,
                Instant.parse("2026-11-21T09:00:00Z"),
                Duration.ofMinutes(8 * 60 + 75),
                Duration.ofHours(8),
                75,
                Optional.empty(),
                Optional.empty());

        ClockJson clock = mapper.toJson(
                        clocks(new MetricClock("resolution", List.of(met), Optional.of(overdue))), PARIS)
                .clocks()
                .get(0);

        assertThat(clock.state()).isEqualTo("breached");
        assertThat(clock.ongoing().remainingSeconds()).isEqualTo(-75 * 60);
        assertThat(clock.ongoing().remainingText())
                .isEqualTo("service-culture.standards.clock.overdue(service-culture.standards.clock.duration(1,15))");
        assertThat(clock.met()).isEqualTo(1);
        assertThat(clock.breached()).isZero();
        assertThat(clock.cyclesText()).isEqualTo("service-culture.standards.clock.cycles(1,0)");
        assertThat(clock.completed().get(0).stateText()).isEqualTo("service-culture.standards.clock.state.met()");
        assertThat(clock.completed().get(0).start()).isEqualTo("2026-11-20T10:00+01:00");
    }

    @Test
    public void aClockWithOnlyABreachedCycleIsMissed() {
        CompletedCycle breached = new CompletedCycle(
                1,
                Instant.parse("2026-11-20T09:00:00Z"),
                Instant.parse("2026-11-20T19:00:00Z"),
                Duration.ofHours(10),
                Duration.ofHours(8));

        ClockJson clock = mapper.toJson(
                        clocks(new MetricClock("resolution", List.of(breached), Optional.empty())), PARIS)
                .clocks()
                .get(0);

        assertThat(clock.state()).isEqualTo("missed");
        assertThat(clock.ongoing()).isNull();
        assertThat(clock.breached()).isEqualTo(1);
    }

    private static IssueClocks clocks(MetricClock clock) {
        return new IssueClocks(
                7,
                "SUP-7",
                NOW,
                List.of(new StandardClock(StandardId.of("support"), "Support", "Time to resolution", clock)));
    }

    /** Texts as "key(arg,arg)", so that a test sees which message and arguments were chosen. */
    private static I18nResolver echoingI18n() {
        I18nResolver i18n = mock(I18nResolver.class);
        when(i18n.getText(anyString(), any(Serializable[].class))).thenAnswer(call -> {
            Object[] arguments = call.getArguments();
            String joined = Arrays.stream(arguments, 1, arguments.length)
                    .flatMap(argument -> argument instanceof Serializable[] array
                            ? Arrays.stream(array)
                            : java.util.stream.Stream.of(argument))
                    .map(String::valueOf)
                    .collect(Collectors.joining(","));
            return arguments[0] + "(" + joined + ")";
        });
        return i18n;
    }
}
