package io.serviceculture.core.standards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.serviceculture.core.common.ConflictException;
import io.serviceculture.core.common.InvalidInputException;
import io.serviceculture.core.issues.IssueFacts;
import io.serviceculture.core.people.TeamKey;
import io.serviceculture.core.standards.calendar.CalendarId;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.Test;

public class StandardsModelTest {
    private static final CalendarId OFFICE = CalendarId.of("office");
    private static final IssueFacts BUG = new IssueFacts("SUP", "Bug", "High", Set.of("vip", "web"), Set.of("Billing"));
    private static final Metric RESPONSE = Metric.timeToFirstResponse(Duration.ofHours(4), OFFICE, false);

    @Test
    public void anEmptyRuleMatchesEveryIssue() {
        assertThat(MatchingRule.any().matches(BUG, Optional.empty())).isTrue();
    }

    @Test
    public void everyNamedFieldNarrowsTheMatch() {
        MatchingRule rule = MatchingRule.projects("SUP")
                .withIssueTypes(Set.of("Bug", "Incident"))
                .withPriorities(Set.of("High"))
                .withLabels(Set.of("vip"))
                .withComponents(Set.of("Billing", "Login"));

        assertThat(rule.matches(BUG, Optional.empty())).isTrue();
        assertThat(rule.matches(
                        new IssueFacts("OPS", "Bug", "High", Set.of("vip"), Set.of("Billing")), Optional.empty()))
                .isFalse();
        assertThat(rule.matches(
                        new IssueFacts("SUP", "Bug", "Low", Set.of("vip"), Set.of("Billing")), Optional.empty()))
                .isFalse();
        assertThat(rule.matches(new IssueFacts("SUP", "Bug", "High", Set.of(), Set.of("Billing")), Optional.empty()))
                .isFalse();
        assertThat(rule.matches(new IssueFacts("SUP", "Bug", "High", Set.of("vip"), Set.of()), Optional.empty()))
                .isFalse();
    }

    @Test
    public void aRuleNamingClientTeamsNeedsAKnownClientTeamAmongThem() {
        MatchingRule rule = MatchingRule.any().withClientTeams(Set.of(TeamKey.of("finance")));

        assertThat(rule.matches(BUG, Optional.of(TeamKey.of("finance")))).isTrue();
        assertThat(rule.matches(BUG, Optional.of(TeamKey.of("sales")))).isFalse();
        assertThat(rule.matches(BUG, Optional.empty())).isFalse();
    }

    @Test
    public void builtInMetricsWarnAtSeventyFivePercent() {
        Metric resolution = Metric.timeToResolution(Duration.ofHours(16), OFFICE, Set.of("10100"), Set.of("10101"));

        assertThat(RESPONSE.warningPercent()).isEqualTo(75);
        assertThat(resolution.startOn())
                .containsExactlyInAnyOrder(StartTrigger.ISSUE_CREATED, StartTrigger.ISSUE_REOPENED);
        assertThat(resolution.pauseReasonIn("10100")).contains(PauseReason.WAITING_FOR_CLIENT);
        assertThat(resolution.pauseReasonIn("10101")).contains(PauseReason.WAITING_FOR_THIRD_PARTY);
        assertThat(resolution.pauseReasonIn("3")).isEmpty();
    }

    @Test
    public void refusesAMetricWithoutAGoalOrWithAStatusPausedForTwoReasons() {
        assertThatThrownBy(() -> Metric.timeToFirstResponse(Duration.ZERO, OFFICE, false))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("service-culture.standards.metric.error.goal.positive");
        assertThatThrownBy(() -> Metric.timeToResolution(Duration.ofHours(8), OFFICE, Set.of("10100"), Set.of("10100")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("service-culture.standards.metric.error.pause.status-twice");
        assertThatThrownBy(() -> RESPONSE.withWarningPercent(0))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("service-culture.standards.metric.error.warning.range");
        assertThatThrownBy(() -> RESPONSE.withStopOn(EnumSet.noneOf(StopTrigger.class)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("service-culture.standards.metric.error.stop.empty");
    }

    @Test
    public void theVersionInForceIsTheLastOneEffectiveAtThatInstant() {
        ServiceStandard standard = ServiceStandard.create(StandardId.of("support"), version(1, "2026-01-01T00:00:00Z"))
                .withNewVersion(
                        "v2",
                        MatchingRule.any(),
                        List.of(RESPONSE),
                        Instant.parse("2026-06-01T00:00:00Z"),
                        Instant.parse("2026-05-01T00:00:00Z"));

        assertThat(standard.versionAt(Instant.parse("2025-12-31T23:59:59Z"))).isEmpty();
        assertThat(standard.versionAt(Instant.parse("2026-01-01T00:00:00Z")).map(StandardVersion::number))
                .contains(1);
        assertThat(standard.versionAt(Instant.parse("2026-05-31T23:59:59Z")).map(StandardVersion::number))
                .contains(1);
        assertThat(standard.versionAt(Instant.parse("2026-06-01T00:00:00Z")).map(StandardVersion::number))
                .contains(2);
        assertThat(standard.latest().number()).isEqualTo(2);
    }

    @Test
    public void aNewVersionCannotTakeEffectInThePast() {
        ServiceStandard standard = ServiceStandard.create(StandardId.of("support"), version(1, "2026-01-01T00:00:00Z"));

        assertThatThrownBy(() -> standard.withNewVersion(
                        "v2",
                        MatchingRule.any(),
                        List.of(RESPONSE),
                        Instant.parse("2026-03-01T00:00:00Z"),
                        Instant.parse("2026-04-01T00:00:00Z")))
                .isInstanceOf(ConflictException.class)
                .hasMessageStartingWith("service-culture.standards.version.error.effective-in-past");
    }

    @Test
    public void versionsAreNumberedInOrderAndTakeEffectInOrder() {
        assertThatThrownBy(() -> new ServiceStandard(
                        StandardId.of("s"),
                        List.of(version(1, "2026-02-01T00:00:00Z"), version(2, "2026-01-01T00:00:00Z"))))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("service-culture.standards.version.error.not-after-previous");
        assertThatThrownBy(() -> new ServiceStandard(StandardId.of("s"), List.of(version(2, "2026-02-01T00:00:00Z"))))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("service-culture.standards.version.error.number");
    }

    @Test
    public void aVersionHoldsEachMetricOnce() {
        assertThatThrownBy(() -> new StandardVersion(
                        1, Instant.parse("2026-01-01T00:00:00Z"), "S", MatchingRule.any(), List.of(RESPONSE, RESPONSE)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("service-culture.standards.version.error.metric-twice");
    }

    private static StandardVersion version(int number, String effectiveFrom) {
        return new StandardVersion(
                number, Instant.parse(effectiveFrom), "v" + number, MatchingRule.any(), List.of(RESPONSE));
    }
}
