package io.serviceculture.core.config;

import static io.serviceculture.core.config.ConfigurationFixtures.DESK;
import static io.serviceculture.core.config.ConfigurationFixtures.MARIA;
import static io.serviceculture.core.config.ConfigurationFixtures.OFFICE;
import static io.serviceculture.core.config.ConfigurationFixtures.OPS;
import static io.serviceculture.core.config.ConfigurationFixtures.minimal;
import static io.serviceculture.core.config.ConfigurationFixtures.standard;
import static io.serviceculture.core.config.ConfigurationFixtures.switches;
import static io.serviceculture.core.config.ConfigurationFixtures.value;
import static io.serviceculture.core.config.ConfigurationFixtures.version;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.serviceculture.core.accountability.AccountabilitySettings;
import io.serviceculture.core.accountability.ScoreWeights;
import io.serviceculture.core.common.InvalidInputException;
import io.serviceculture.core.kudos.CompanyValue;
import io.serviceculture.core.kudos.KudosSettings;
import io.serviceculture.core.people.Feature;
import io.serviceculture.core.people.UserKey;
import io.serviceculture.core.retention.RetentionPolicy;
import io.serviceculture.core.standards.ServiceStandard;
import io.serviceculture.core.standards.calendar.BusinessCalendar;
import io.serviceculture.core.standards.calendar.CalendarId;
import io.serviceculture.core.standards.calendar.WorkingWeek;
import io.serviceculture.core.testing.InMemoryConfiguration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.Before;
import org.junit.Test;

public class ConfigurationImportServiceTest {
    private static final UserKey ADMIN = UserKey.of("admin");
    private static final CalendarId LONDON = CalendarId.of("london");

    private InMemoryConfiguration store;
    private final List<ConfigurationDiff> audited = new ArrayList<>();
    private ConfigurationImportService service;

    @Before
    public void startFromAMinimalSetUp() {
        store = new InMemoryConfiguration(minimal());
        service = new ConfigurationImportService(store, (actor, diff) -> audited.add(diff));
    }

    @Test
    public void previewNamesWhatEachSectionAddsChangesAndRemoves() {
        // given production has one standard and two values
        AppConfiguration production = with(
                minimal(),
                List.of(BusinessCalendar.twentyFourSeven(OFFICE), calendar(LONDON, "London office")),
                List.of(standard("support", version(1, "2026-01-01T00:00:00Z", "Support", OFFICE))),
                List.of(value("own-it", "Own it", true), value("be-kind", "Be kind", true)),
                new TeamSettings(Set.of(DESK), "service-culture-hr", Map.of()));
        store.replace(production);
        // and the document adds a version and a standard, drops London and "Be kind", adds a value, marks a team
        AppConfiguration document = with(
                production,
                List.of(BusinessCalendar.twentyFourSeven(OFFICE), calendar(CalendarId.of("ny"), "New York office")),
                List.of(
                        standard(
                                "support",
                                version(1, "2026-01-01T00:00:00Z", "Support", OFFICE),
                                version(2, "2026-06-01T00:00:00Z", "Support, tighter", OFFICE)),
                        standard("hr", version(1, "2026-01-01T00:00:00Z", "HR requests", OFFICE))),
                List.of(value("own-it", "Own it end to end", true), value("listen", "Listen first", true)),
                new TeamSettings(Set.of(DESK, OPS), "people-team", Map.of(OPS, Set.of(MARIA))));

        // when
        ConfigurationDiff diff = service.preview(document);

        // then
        assertThat(diff.section(ConfigurationDiff.CALENDARS))
                .isEqualTo(
                        new SectionDiff("calendars", List.of("New York office"), List.of(), List.of("London office")));
        assertThat(diff.section(ConfigurationDiff.STANDARDS))
                .isEqualTo(
                        new SectionDiff("standards", List.of("HR requests"), List.of("Support, tighter"), List.of()));
        assertThat(diff.section(ConfigurationDiff.VALUES))
                .isEqualTo(new SectionDiff(
                        "values", List.of("Listen first"), List.of("Own it end to end"), List.of("Be kind")));
        assertThat(diff.section(ConfigurationDiff.TEAMS))
                .isEqualTo(new SectionDiff("teams", List.of("operations"), List.of(), List.of()));
        assertThat(diff.section(ConfigurationDiff.TEAM_LEADS))
                .isEqualTo(new SectionDiff("teamLeads", List.of("operations"), List.of(), List.of()));
        assertThat(diff.section(ConfigurationDiff.SETTINGS).changed()).containsExactly("people.hrGroup");
        assertThat(store.replacements()).as("a preview writes nothing").isEqualTo(1);
        assertThat(store.current()).isEqualTo(production);
    }

    @Test
    public void previewListsEveryChangedSettingByName() {
        // given
        AppConfiguration document = new AppConfiguration(
                minimal().calendars(),
                List.of(),
                minimal().values(),
                minimal().teams(),
                new AccountabilitySettings(java.time.Duration.ofDays(7), new ScoreWeights(40, 20, 20, 20), 5),
                new AppSwitches(
                        Set.of(Feature.COMMITMENTS), true, new KudosSettings(5), true, true, new RetentionPolicy(24)));

        // when
        ConfigurationDiff diff = service.preview(document);

        // then
        assertThat(diff.section(ConfigurationDiff.SETTINGS).changed())
                .containsExactly(
                        "features.commitments",
                        "people.restrictPersonFigures",
                        "kudos.weeklyAllowance",
                        "kudos.leaderboards",
                        "reports.privateText",
                        "retention.months",
                        "accountability.weights",
                        "accountability.reopenWindowDays",
                        "accountability.lowConfidenceBelow");
    }

    @Test
    public void theSameDocumentAgainChangesNothing() {
        assertThat(service.preview(minimal()).isEmpty()).isTrue();
    }

    @Test
    public void applyReplacesTheConfigurationAndAuditsTheDiff() {
        // given
        AppConfiguration document = with(
                minimal(),
                minimal().calendars(),
                List.of(),
                List.of(value("listen", "Listen first", true)),
                minimal().teams());

        // when
        ConfigurationDiff diff = service.apply(ADMIN, document);

        // then
        assertThat(store.current()).isEqualTo(document);
        assertThat(audited).containsExactly(diff);
        assertThat(diff.section(ConfigurationDiff.VALUES).removed()).containsExactly("Own it");
    }

    @Test
    public void refusesAMetricWhoseCalendarIsNotInTheDocument() {
        // given
        AppConfiguration document = with(
                minimal(),
                minimal().calendars(),
                List.of(standard("support", version(1, "2026-01-01T00:00:00Z", "Support", LONDON))),
                minimal().values(),
                minimal().teams());

        // when
        InvalidInputException refused =
                catchThrowableOfType(InvalidInputException.class, () -> service.apply(ADMIN, document));

        // then
        assertThat(refused.field()).contains("$.standards[0].versions[0].metrics[0].calendar");
        assertThat(refused.messageKey()).isEqualTo("service-culture.config.error.unknown-calendar");
        assertThat(refused.arguments()).containsExactly("london");
        assertThat(store.replacements()).isZero();
        assertThat(audited).isEmpty();
    }

    @Test
    public void refusesToDropAStandardOrRewriteAVersionThisJiraHas() {
        // given production has two standards
        store.replace(with(
                minimal(),
                minimal().calendars(),
                List.of(
                        standard("support", version(1, "2026-01-01T00:00:00Z", "Support", OFFICE)),
                        standard("hr", version(1, "2026-01-01T00:00:00Z", "HR", OFFICE))),
                minimal().values(),
                minimal().teams()));
        // and the document keeps only "support", with its first version renamed
        AppConfiguration document = with(
                minimal(),
                minimal().calendars(),
                List.of(standard("support", version(1, "2026-01-01T00:00:00Z", "Support desk", OFFICE))),
                minimal().values(),
                minimal().teams());

        // when
        InvalidInputException refused =
                catchThrowableOfType(InvalidInputException.class, () -> service.preview(document));

        // then
        assertThat(refused.problems())
                .extracting(p -> p.field().orElseThrow(), InvalidInputException::messageKey)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                "$.standards[0].versions[0]", "service-culture.config.error.version-changed"),
                        org.assertj.core.groups.Tuple.tuple(
                                "$.standards", "service-culture.config.error.standard-removed"));
    }

    @Test
    public void reportsEveryBrokenRuleAtOnce() {
        // given duplicate ids in every list, no active value, and leads for a group that is not a team
        AppConfiguration document = with(
                minimal(),
                List.of(BusinessCalendar.twentyFourSeven(OFFICE), BusinessCalendar.twentyFourSeven(OFFICE)),
                List.of(
                        standard("support", version(1, "2026-01-01T00:00:00Z", "Support", OFFICE)),
                        standard("support", version(1, "2026-01-01T00:00:00Z", "Support", OFFICE))),
                List.of(value("own-it", "Own it", false), value("own-it", "Own it", false)),
                new TeamSettings(Set.of(DESK), "service-culture-hr", Map.of(OPS, Set.of(MARIA))));

        // when
        InvalidInputException refused =
                catchThrowableOfType(InvalidInputException.class, () -> service.preview(document));

        // then
        assertThat(refused.problems())
                .extracting(p -> p.field().orElseThrow())
                .containsExactly(
                        "$.calendars[1].id",
                        "$.standards[1].id",
                        "$.values[1].id",
                        "$.values",
                        "$.teams.leads.operations");
        assertThat(refused.problems())
                .extracting(InvalidInputException::messageKey)
                .containsExactly(
                        "service-culture.config.error.duplicate",
                        "service-culture.config.error.duplicate",
                        "service-culture.config.error.duplicate",
                        "service-culture.config.error.no-active-value",
                        "service-culture.config.error.lead-not-team");
    }

    private static BusinessCalendar calendar(CalendarId id, String name) {
        return BusinessCalendar.of(id, name, java.time.ZoneOffset.UTC, WorkingWeek.allDays(), List.of());
    }

    private static AppConfiguration with(
            AppConfiguration base,
            List<BusinessCalendar> calendars,
            List<ServiceStandard> standards,
            List<CompanyValue> values,
            TeamSettings teams) {
        return new AppConfiguration(
                calendars,
                standards,
                values,
                teams,
                base.accountability(),
                switches(base.switches().retention()));
    }
}
