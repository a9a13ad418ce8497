package io.serviceculture.plugin.standards.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.sal.api.message.I18nResolver;
import io.serviceculture.core.people.TeamKey;
import io.serviceculture.core.people.UserKey;
import io.serviceculture.core.standards.ClockExplanation;
import io.serviceculture.core.standards.ClockInterval;
import io.serviceculture.core.standards.ClockMoment;
import io.serviceculture.core.standards.ExplainedCycle;
import io.serviceculture.core.standards.IntervalReason;
import io.serviceculture.core.standards.IssueClocksExplained;
import io.serviceculture.core.standards.IssueTeamClocks;
import io.serviceculture.core.standards.StandardId;
import io.serviceculture.core.standards.TeamClock;
import io.serviceculture.core.standards.TeamTime;
import io.serviceculture.plugin.standards.rest.TeamClocksJson.ClockJson;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.Test;

public class TeamClocksJsonMapperTest {
    private static final Instant NINE = Instant.parse("2026-11-02T09:00:00Z");
    private static final Instant TWELVE = Instant.parse("2026-11-02T12:00:00Z");
    private static final Instant ONE = Instant.parse("2026-11-02T13:00:00Z");

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
    public void givesEachTeamItsOwnedTimeAndShareAndTheGapItsOwn() {
        // given 7 h counted: team-a 2 h, team-b 3 h 30 min, nobody 1 h 30 min
        TeamClock clock = new TeamClock(
                StandardId.of("support"),
                "Client support",
                "resolution",
                "Time to resolution",
                Duration.ofHours(7),
                List.of(
                        new TeamTime(TeamKey.of("team-a"), Duration.ofHours(2)),
                        new TeamTime(TeamKey.of("team-b"), Duration.ofMinutes(210))),
                Duration.ofMinutes(90));

        // when
        TeamClocksJson json = new TeamClocksJsonMapper(echoingI18n())
                .toJson(new IssueTeamClocks(1, "SUP-1", TWELVE, List.of(clock)), ZoneId.of("Europe/Berlin"));

        // then 2/7 = 28.57 % → 29; 3.5/7 = 50 %; 1.5/7 = 21.43 % → 21
        ClockJson only = json.clocks().get(0);
        assertThat(json.now()).isEqualTo("2026-11-02T13:00+01:00");
        assertThat(only.countedMillis()).isEqualTo(25_200_000L);
        assertThat(only.teams())
                .extracting(team ->
                        team.team() + " " + team.ownedMillis() + " " + team.ownedText() + " " + team.shareText())
                .containsExactly(
                        "team-a 7200000 service-culture.standards.clock.duration(2,0)"
                                + " service-culture.standards.teams.share(29)",
                        "team-b 12600000 service-culture.standards.clock.duration(3,30)"
                                + " service-culture.standards.teams.share(50)");
        assertThat(only.unownedMillis()).isEqualTo(5_400_000L);
        assertThat(only.unownedSharePercent()).isEqualTo(21);
    }

    @Test
    public void aClockThatCountedNothingHasNoShares() {
        // given
        TeamClock clock = new TeamClock(
                StandardId.of("support"),
                "Client support",
                "resolution",
                "Time to resolution",
                Duration.ZERO,
                List.of(new TeamTime(TeamKey.of("team-a"), Duration.ZERO)),
                Duration.ZERO);

        // when
        ClockJson json = new TeamClocksJsonMapper(echoingI18n())
                .toJson(new IssueTeamClocks(1, "SUP-1", TWELVE, List.of(clock)), ZoneId.of("UTC"))
                .clocks()
                .get(0);

        // then
        assertThat(json.teams().get(0).sharePercent()).isNull();
        assertThat(json.teams().get(0).shareText()).isEqualTo("service-culture.standards.teams.share.none()");
        assertThat(json.unownedSharePercent()).isNull();
    }

    @Test
    public void aTeamsViewSaysWhoElseOwnedTheTimeAndHowMuchWasItsOwn() {
        // given team-a's view: 3 h its own, then an hour team-b owned
        ClockMoment created = new ClockMoment(NINE, ClockMoment.Kind.ISSUE_CREATED, Optional.empty(), "");
        ClockMoment reassigned =
                new ClockMoment(TWELVE, ClockMoment.Kind.ASSIGNEE_CHANGED, Optional.of(UserKey.of("ann")), "bob");
        ClockMoment now = new ClockMoment(ONE, ClockMoment.Kind.NOW, Optional.empty(), "");
        ExplainedCycle cycle = new ExplainedCycle(
                1,
                NINE,
                Optional.empty(),
                Duration.ofHours(3),
                Duration.ofHours(8),
                List.of(
                        new ClockInterval(
                                NINE, TWELVE, IntervalReason.COUNTED, "", Duration.ofHours(3), created, reassigned),
                        new ClockInterval(
                                TWELVE,
                                ONE,
                                IntervalReason.OWNED_BY_ANOTHER_TEAM,
                                "team-b",
                                Duration.ZERO,
                                reassigned,
                                now)));
        IssueClocksExplained explained = new IssueClocksExplained(
                1,
                "SUP-1",
                ONE,
                List.of(new ClockExplanation(
                        StandardId.of("support"),
                        "Client support",
                        "resolution",
                        "Time to resolution",
                        List.of(cycle))));

        // when
        ExplainedClocksJson json = new ExplainedClocksJsonMapper(echoingI18n(), UserKey::value)
                .toJson(explained, ZoneId.of("UTC"), Optional.of(TeamKey.of("team-a")));

        // then
        ExplainedClocksJson.CycleJson only = json.clocks().get(0).cycles().get(0);
        assertThat(only.summaryText())
                .isEqualTo("service-culture.standards.explain.summary.team(team-a,"
                        + "service-culture.standards.clock.duration(3,0))");
        assertThat(only.intervals())
                .extracting(ExplainedClocksJson.IntervalJson::reasonText)
                .containsExactly(
                        "service-culture.standards.explain.reason.counted()",
                        "service-culture.standards.explain.reason.owned-by-another-team(team-b)");
    }
}
