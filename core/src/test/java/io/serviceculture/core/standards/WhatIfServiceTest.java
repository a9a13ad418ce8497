package io.serviceculture.core.standards;

import static io.serviceculture.core.standards.TimelineBuilder.IN_PROGRESS;
import static io.serviceculture.core.standards.TimelineBuilder.WAITING_FOR_CLIENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.serviceculture.core.common.InvalidInputException;
import io.serviceculture.core.common.NotFoundException;
import io.serviceculture.core.issues.IssueFacts;
import io.serviceculture.core.people.UserKey;
import io.serviceculture.core.standards.calendar.BusinessCalendar;
import io.serviceculture.core.standards.calendar.CalendarId;
import io.serviceculture.core.testing.InMemoryIssues;
import io.serviceculture.core.testing.InMemoryStandardsStore;
import io.serviceculture.core.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.Before;
import org.junit.Test;

/**
 * What-if standards: a draft version previewed against March 2026 on a round-the-clock calendar, so that every
 * figure is plain wall time. The standard in force covers project SUP: first response in 1 hour (comments only),
 * resolution in 8 hours pausing while waiting for the client. The draft covers every project, also counts a
 * transition as a response, has no pause and a 5-hour resolution goal.
 */
public class WhatIfServiceTest {
    private static final CalendarId ROUND_THE_CLOCK = CalendarId.of("24x7");
    private static final StandardId SUPPORT = StandardId.of("support");
    private static final UserKey ADMIN = UserKey.of("admin");
    private static final Instant MARCH = Instant.parse("2026-03-01T00:00:00Z");
    private static final Instant APRIL = Instant.parse("2026-04-01T00:00:00Z");

    private final MutableClock clock = MutableClock.at("2026-04-01T00:00:00Z");
    private final InMemoryStandardsStore store = new InMemoryStandardsStore();
    private final InMemoryIssues issues = new InMemoryIssues();
    private final List<Long> catalog = new ArrayList<>();
    private StandardsService standards;
    private WhatIfService whatIf;

    @Before
    public void supportStandardAndSixIssues() {
        standards = new StandardsService(store, store, store, issues, issues, person -> Optional.empty(), clock);
        whatIf =
                new WhatIfService(store, store, issues, () -> List.copyOf(catalog), issues, person -> Optional.empty());
        standards.defineCalendar(BusinessCalendar.twentyFourSeven(ROUND_THE_CLOCK));
        standards.createStandard(
                SUPPORT,
                new StandardVersion(
                        1,
                        Instant.parse("2026-01-01T00:00:00Z"),
                        "Client support",
                        MatchingRule.projects("SUP"),
                        List.of(
                                Metric.timeToFirstResponse(Duration.ofHours(1), ROUND_THE_CLOCK, false),
                                Metric.timeToResolution(
                                        Duration.ofHours(8),
                                        ROUND_THE_CLOCK,
                                        Set.of(WAITING_FOR_CLIENT.id()),
                                        Set.of()))));
        // SUP-1: answered in 30m, resolved in 6h
        add(TimelineBuilder.createdAt("2026-03-02T09:00:00Z")
                .issue(1, "SUP-1")
                .comment("2026-03-02T09:30:00Z", "agent")
                .resolve("2026-03-02T15:00:00Z", "agent", "Fixed"));
        // SUP-2: answered in 10m; 1h, then waiting for the client 10:00–16:00, then 1h: 2h counted, 8h without pause
        add(TimelineBuilder.createdAt("2026-03-03T09:00:00Z")
                .issue(2, "SUP-2")
                .comment("2026-03-03T09:10:00Z", "agent")
                .status("2026-03-03T10:00:00Z", "agent", WAITING_FOR_CLIENT)
                .status("2026-03-03T16:00:00Z", "reporter", IN_PROGRESS)
                .resolve("2026-03-03T17:00:00Z", "agent", "Fixed"));
        // SUP-3: the agent starts work at 09:20 but first comments at 11:00; still open
        add(TimelineBuilder.createdAt("2026-03-04T09:00:00Z")
                .issue(3, "SUP-3")
                .status("2026-03-04T09:20:00Z", "agent", IN_PROGRESS)
                .comment("2026-03-04T11:00:00Z", "agent"));
        // OPS-4: another project, answered in 30m and resolved in 3h
        add(TimelineBuilder.createdAt("2026-03-05T09:00:00Z")
                .issue(4, "OPS-4")
                .facts(new IssueFacts("OPS", "Bug", "Major", Set.of(), Set.of()))
                .comment("2026-03-05T09:30:00Z", "agent")
                .resolve("2026-03-05T12:00:00Z", "agent", "Fixed"));
        // SUP-5: all in February, before the period
        add(TimelineBuilder.createdAt("2026-02-02T09:00:00Z")
                .issue(5, "SUP-5")
                .comment("2026-02-02T09:30:00Z", "agent")
                .resolve("2026-02-02T12:00:00Z", "agent", "Fixed"));
        // SUP-6: answered in 10m, resolved in 3h: met either way
        add(TimelineBuilder.createdAt("2026-03-10T09:00:00Z")
                .issue(6, "SUP-6")
                .comment("2026-03-10T09:10:00Z", "agent")
                .resolve("2026-03-10T12:00:00Z", "agent", "Fixed"));
    }

    private static WhatIfService.Draft draft() {
        return new WhatIfService.Draft(
                "Client support, tighter",
                MatchingRule.any(),
                List.of(
                        Metric.timeToFirstResponse(Duration.ofHours(1), ROUND_THE_CLOCK, true),
                        Metric.timeToResolution(Duration.ofHours(5), ROUND_THE_CLOCK, Set.of(), Set.of())));
    }

    @Test
    public void previewsAttainmentBeforeAndAfterAndTheCyclesThatFlip() {
        // when
        WhatIfPreview preview = whatIf.preview(ADMIN, SUPPORT, draft(), MARCH, APRIL, 0, 100);

        // then before: first response SUP-1, SUP-2, SUP-6 met and SUP-3 (2h) breached = 3/4; resolution SUP-1 (6h),
        // SUP-2 (2h), SUP-6 (3h) met = 3/3; SUP-5 stopped in February and OPS-4 was not covered.
        // after: first response also OPS-4, and SUP-3 met by its transition after 20m = 5/5; resolution SUP-1 (6h)
        // and SUP-2 (8h without its pause) breach the 5h goal, OPS-4 (3h) and SUP-6 (3h) met = 2/4
        assertThat(preview.issuesExamined()).isEqualTo(6);
        assertThat(preview.before()).isEqualTo(new Attainment(6, 7));
        assertThat(preview.after()).isEqualTo(new Attainment(7, 9));
        assertThat(preview.byMetric())
                .extracting(metric -> metric.metricKey() + " " + metric.before() + " " + metric.after())
                .containsExactly(
                        "first-response Attainment[met=3, completed=4] Attainment[met=5, completed=5]",
                        "resolution Attainment[met=3, completed=3] Attainment[met=2, completed=4]");
        assertThat(preview.changedTotal()).isEqualTo(5);
        assertThat(preview.changes())
                .extracting(change -> change.issueKey() + " " + change.metricKey() + " " + change.why())
                .containsExactly(
                        "SUP-1 resolution GOAL",
                        "SUP-2 resolution GOAL_AND_COUNTED_TIME",
                        "SUP-3 first-response COUNTED_TIME",
                        "OPS-4 first-response NEWLY_COVERED",
                        "OPS-4 resolution NEWLY_COVERED");
        WhatIfChange sup2 = preview.changes().get(1);
        assertThat(sup2.before().orElseThrow().elapsed()).isEqualTo(Duration.ofHours(2));
        assertThat(sup2.after().orElseThrow().elapsed()).isEqualTo(Duration.ofHours(8));
        assertThat(sup2.after().orElseThrow().met()).isFalse();
    }

    @Test
    public void pagesTheChangedCyclesWhileCountingThemAll() {
        // when
        WhatIfPreview page = whatIf.preview(ADMIN, SUPPORT, draft(), MARCH, APRIL, 1, 2);

        // then
        assertThat(page.changedTotal()).isEqualTo(5);
        assertThat(page.offset()).isEqualTo(1);
        assertThat(page.changes()).extracting(WhatIfChange::issueKey).containsExactly("SUP-2", "SUP-3");
    }

    @Test
    public void listsOnlyIssuesTheAdminMayBrowseButCountsThemAll() {
        // given the admin may browse SUP-1 only
        InMemoryIssues narrow = new InMemoryIssues().letBrowse(ADMIN, 1);
        WhatIfService service =
                new WhatIfService(store, store, issues, () -> List.copyOf(catalog), narrow, person -> Optional.empty());

        // when
        WhatIfPreview preview = service.preview(ADMIN, SUPPORT, draft(), MARCH, APRIL, 0, 100);

        // then
        assertThat(preview.after()).isEqualTo(new Attainment(7, 9));
        assertThat(preview.changedTotal()).isEqualTo(1);
        assertThat(preview.changes()).extracting(WhatIfChange::issueKey).containsExactly("SUP-1");
    }

    @Test
    public void aPreviewChangesNoStoredCycleNorVersion() {
        // given every issue's cycles recorded
        for (long id : catalog) {
            standards.recordCycles(id);
        }
        List<RecordedCycle> cyclesBefore = store.find(CycleQuery.all());
        List<ServiceStandard> versionsBefore = store.allStandards();
        assertThat(cyclesBefore).hasSize(9); // SUP-1, 2, 5, 6: two each; SUP-3: first response

        // when
        whatIf.preview(ADMIN, SUPPORT, draft(), MARCH, APRIL, 0, 100);

        // then
        assertThat(store.find(CycleQuery.all())).isEqualTo(cyclesBefore);
        assertThat(store.allStandards()).isEqualTo(versionsBefore);
    }

    @Test
    public void appliedFromADateTheDraftLeavesCyclesStartedBeforeItAsTheyWere() {
        // given March recorded, and SUP-8 created on 31 March at 20:00, resolved 8h later on 1 April at 04:00
        for (long id : catalog) {
            standards.recordCycles(id);
        }
        List<RecordedCycle> march = store.find(CycleQuery.all());
        add(TimelineBuilder.createdAt("2026-03-31T20:00:00Z")
                .issue(8, "SUP-8")
                .comment("2026-03-31T20:30:00Z", "agent")
                .resolve("2026-04-01T04:00:00Z", "agent", "Fixed"));
        WhatIfService.Draft draft = draft();

        // when the draft is applied from 1 April 00:00, and SUP-9 is created on 2 April and resolved in 6h
        standards.publishVersion(SUPPORT, draft.name(), draft.rule(), draft.metrics(), APRIL);
        clock.set(Instant.parse("2026-04-03T00:00:00Z"));
        add(TimelineBuilder.createdAt("2026-04-02T09:00:00Z")
                .issue(9, "SUP-9")
                .comment("2026-04-02T09:30:00Z", "agent")
                .resolve("2026-04-02T15:00:00Z", "agent", "Fixed"));
        for (long id : catalog) {
            standards.recordCycles(id);
        }

        // then March's cycles are stored as they were; SUP-8 began under version 1 and keeps its 8h goal (met at
        // exactly 8h); SUP-9 began under version 2 and breaches its 5h goal with 6h
        List<RecordedCycle> after = store.find(CycleQuery.all());
        assertThat(after).containsAll(march);
        assertThat(resolutionOf(after, 8)).satisfies(cycle -> {
            assertThat(cycle.version()).isEqualTo(1);
            assertThat(cycle.elapsed()).isEqualTo(Duration.ofHours(8));
            assertThat(cycle.met()).isTrue();
        });
        assertThat(resolutionOf(after, 9)).satisfies(cycle -> {
            assertThat(cycle.version()).isEqualTo(2);
            assertThat(cycle.met()).isFalse();
        });
    }

    @Test
    public void refusesAnEmptyPeriodAPageTooLargeAndAnUnknownStandard() {
        assertThatThrownBy(() -> whatIf.preview(ADMIN, SUPPORT, draft(), APRIL, MARCH, 0, 10))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> whatIf.preview(ADMIN, SUPPORT, draft(), MARCH, APRIL, 0, WhatIfService.MAX_PAGE + 1))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> whatIf.preview(ADMIN, StandardId.of("nope"), draft(), MARCH, APRIL, 0, 10))
                .isInstanceOf(NotFoundException.class);
    }

    private static CompletedCycle resolutionOf(List<RecordedCycle> cycles, long issueId) {
        return cycles.stream()
                .map(RecordedCycle::result)
                .filter(result ->
                        result.issueId() == issueId && result.metricKey().equals(Metric.RESOLUTION))
                .map(CycleResult::cycle)
                .findFirst()
                .orElseThrow();
    }

    private void add(TimelineBuilder builder) {
        var timeline = builder.build();
        issues.add(timeline).letBrowse(ADMIN, timeline.issueId());
        catalog.add(timeline.issueId());
    }
}
