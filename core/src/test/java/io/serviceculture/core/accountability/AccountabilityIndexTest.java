package io.serviceculture.core.accountability;

import static io.serviceculture.core.accountability.TimelineBuilder.issue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import io.serviceculture.core.people.MembershipPeriod;
import io.serviceculture.core.people.TeamHistory;
import io.serviceculture.core.people.TeamKey;
import io.serviceculture.core.people.UserKey;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.Test;

/** The worked example of docs/accountability.md, and what the index answers about it. */
public class AccountabilityIndexTest {
    private static final TeamKey SUPPORT = TeamKey.of("support");
    private static final TeamKey INFRA = TeamKey.of("infra");
    private static final TeamKey SALES = TeamKey.of("sales");
    private static final Instant EPOCH = Instant.parse("2026-01-01T00:00:00Z");
    private static final Interval MARCH =
            new Interval(Instant.parse("2026-03-01T00:00:00Z"), Instant.parse("2026-04-01T00:00:00Z"));

    private final TeamHistory teams = TeamHistory.of(
            List.of(
                    MembershipPeriod.open(UserKey.of("sam"), SUPPORT, EPOCH),
                    MembershipPeriod.open(UserKey.of("ian"), INFRA, EPOCH),
                    MembershipPeriod.open(UserKey.of("rita"), SALES, EPOCH)),
            Map.of());
    private final AccountabilityIndex index = new AccountabilityIndex(teams, AccountabilitySettings.defaults());

    /** SUP-1: support end to end, standard met, rated 5. */
    private static AccountabilityInput sup1(OptionalInt rating) {
        return new AccountabilityInput(
                issue(1, "SUP-1")
                        .reportedBy("rita")
                        .createdAt("2026-03-02T09:00:00Z")
                        .assign("2026-03-02T09:30:00Z", "sam")
                        .resolve("2026-03-03T10:00:00Z")
                        .build(),
                Optional.of(new StandardAttainment(1, 1)),
                rating);
    }

    /** SUP-2: support → infra → support (ping-pong), standard breached, rated 2. */
    private static AccountabilityInput sup2(OptionalInt rating) {
        return new AccountabilityInput(
                issue(2, "SUP-2")
                        .reportedBy("rita")
                        .createdAt("2026-03-04T09:00:00Z")
                        .assign("2026-03-04T09:30:00Z", "sam")
                        .assign("2026-03-04T11:00:00Z", "ian")
                        .assign("2026-03-05T11:00:00Z", "sam")
                        .resolve("2026-03-06T10:00:00Z")
                        .build(),
                Optional.of(new StandardAttainment(0, 1)),
                rating);
    }

    /** SUP-3: infra end to end, reopened after 4 days, no standard, no rating. */
    private static AccountabilityInput sup3() {
        return issue(3, "SUP-3")
                .reportedBy("rita")
                .createdAt("2026-03-04T09:00:00Z")
                .assign("2026-03-04T09:10:00Z", "ian")
                .resolve("2026-03-05T10:00:00Z")
                .clearResolution("2026-03-09T10:00:00Z")
                .resolve("2026-03-10T10:00:00Z")
                .input();
    }

    private void givenTheWorkedExample() {
        index.update(sup1(OptionalInt.of(5)));
        index.update(sup2(OptionalInt.of(2)));
        index.update(sup3());
    }

    @Test
    public void scoresEachProviderForEachClientAsTheDocumentWorksOut() {
        // given
        givenTheWorkedExample();

        // when
        ScoreMatrix matrix = index.matrix(MARCH);

        // then support×sales: attainment 1/2, ownership 1/2, reopens 0/2, rating (4+1)/8
        // = (50·0.5 + 20·0.5 + 15·1 + 15·0.625) / 100 = 59.375
        assertThat(matrix.providers()).containsExactly(INFRA, SUPPORT);
        assertThat(matrix.clients()).containsExactly(Optional.of(SALES));
        Cell support = matrix.cell(SUPPORT, Optional.of(SALES)).orElseThrow();
        assertThat(support.components())
                .isEqualTo(new Components(Fraction.of(1, 2), Fraction.of(1, 2), Fraction.of(0, 2), Fraction.of(5, 8)));
        assertThat(support.issues()).isEqualTo(2);
        assertThat(support.lowConfidence()).isTrue();
        assertThat(support.score().getAsDouble()).isCloseTo(59.375, within(1e-9));
        // and infra×sales: attainment 0/1 (SUP-2), ownership 1/2 (SUP-3 only), reopens 1/2 (SUP-3 resolved
        // twice, once reopened), rating 1/4 (SUP-2) = (0 + 20·0.5 + 15·0.5 + 15·0.25) / 100 = 21.25
        Cell infra = matrix.cell(INFRA, Optional.of(SALES)).orElseThrow();
        assertThat(infra.components())
                .isEqualTo(new Components(Fraction.of(0, 1), Fraction.of(1, 2), Fraction.of(1, 2), Fraction.of(1, 4)));
        assertThat(infra.score().getAsDouble()).isCloseTo(21.25, within(1e-9));
    }

    @Test
    public void renormalisesTheWeightsWhenNoIssueWasRated() {
        // given the worked example without ratings
        index.update(sup1(OptionalInt.empty()));
        index.update(sup2(OptionalInt.empty()));
        index.update(sup3());

        // when
        Cell support = index.matrix(MARCH).cell(SUPPORT, Optional.of(SALES)).orElseThrow();

        // then (50·0.5 + 20·0.5 + 15·1) / 85 = 50 / 85
        assertThat(support.components().rating()).isEqualTo(Fraction.NONE);
        assertThat(support.score().getAsDouble()).isCloseTo(5000.0 / 85, within(1e-9));
    }

    @Test
    public void drillsDownToEachIssuesShareOfACell() {
        // given
        givenTheWorkedExample();

        // when
        CellDrillDown drillDown = index.drillDown(SUPPORT, Optional.of(SALES), MARCH);

        // then
        assertThat(drillDown.contributions()).extracting(Contribution::issueKey).containsExactly("SUP-1", "SUP-2");
        assertThat(drillDown.contributions().get(0).components())
                .isEqualTo(new Components(Fraction.of(1, 1), Fraction.of(1, 1), Fraction.of(0, 1), Fraction.of(4, 4)));
        assertThat(drillDown.contributions().get(1).components())
                .isEqualTo(new Components(Fraction.of(0, 1), Fraction.of(0, 1), Fraction.of(0, 1), Fraction.of(1, 4)));
        assertThat(drillDown.cell())
                .isEqualTo(index.matrix(MARCH).cell(SUPPORT, Optional.of(SALES)).orElseThrow());
    }

    @Test
    public void namesOnlyTheIssuesTheViewerMayBrowseButKeepsTheSums() {
        // given
        givenTheWorkedExample();

        // when the viewer may browse SUP-1 only
        CellDrillDown.VisibleDrillDown seen = index.drillDown(SUPPORT, Optional.of(SALES), MARCH)
                .visibleTo(UserKey.of("viewer"), (viewer, issueId) -> issueId == 1);

        // then SUP-2 is in the hidden remainder
        assertThat(seen.visible()).extracting(Contribution::issueKey).containsExactly("SUP-1");
        assertThat(seen.hiddenIssues()).isEqualTo(1);
        assertThat(seen.hidden())
                .isEqualTo(new Components(Fraction.of(0, 1), Fraction.of(0, 1), Fraction.of(0, 1), Fraction.of(1, 4)));
    }

    @Test
    public void listsTheMostFrequentHandOffChains() {
        // given the example plus another support → infra → support issue and one support → infra
        givenTheWorkedExample();
        index.update(issue(4, "SUP-4")
                .reportedBy("rita")
                .assign("2026-03-02T09:30:00Z", "sam")
                .assign("2026-03-02T10:00:00Z", "ian")
                .assign("2026-03-02T11:00:00Z", "sam")
                .resolve("2026-03-02T12:00:00Z")
                .input());
        index.update(issue(5, "SUP-5")
                .reportedBy("rita")
                .assign("2026-03-02T09:30:00Z", "sam")
                .assign("2026-03-02T10:00:00Z", "ian")
                .resolve("2026-03-02T12:00:00Z")
                .input());

        // when
        List<HandOffChain> chains = index.handOffChains(MARCH, 10);

        // then
        assertThat(chains)
                .containsExactly(
                        new HandOffChain(List.of(SUPPORT, INFRA, SUPPORT), 2),
                        new HandOffChain(List.of(SUPPORT, INFRA), 1));
        assertThat(index.handOffChains(MARCH, 1)).hasSize(1);
    }

    @Test
    public void updatesOneIssueWhenAnEventArrives() {
        // given
        givenTheWorkedExample();

        // when SUP-1 is reopened within the window and handed to infra, still unresolved
        index.update(new AccountabilityInput(
                issue(1, "SUP-1")
                        .reportedBy("rita")
                        .createdAt("2026-03-02T09:00:00Z")
                        .assign("2026-03-02T09:30:00Z", "sam")
                        .resolve("2026-03-03T10:00:00Z")
                        .clearResolution("2026-03-04T10:00:00Z")
                        .assign("2026-03-04T11:00:00Z", "ian")
                        .build(),
                Optional.of(new StandardAttainment(1, 1)),
                OptionalInt.of(5)));

        // then SUP-1 leaves the matrix until it is resolved again
        Cell support = index.matrix(MARCH).cell(SUPPORT, Optional.of(SALES)).orElseThrow();
        assertThat(support.issues()).isEqualTo(1);
        assertThat(index.facts(1).orElseThrow().reopens()).isEqualTo(1);
        assertThat(index.size()).isEqualTo(3);
    }

    @Test
    public void forgetsARemovedIssue() {
        // given
        givenTheWorkedExample();

        // when SUP-2 is deleted
        index.remove(2);

        // then support keeps SUP-1 only, and infra SUP-3 only
        ScoreMatrix matrix = index.matrix(MARCH);
        assertThat(matrix.cell(SUPPORT, Optional.of(SALES)).orElseThrow().issues())
                .isEqualTo(1);
        assertThat(matrix.cell(INFRA, Optional.of(SALES)).orElseThrow().issues())
                .isEqualTo(1);
        assertThat(index.handOffChains(MARCH, 10)).isEmpty();
        assertThat(index.facts(2)).isEmpty();
    }

    @Test
    public void rebuildsFromAllTimelinesAndForgetsIssuesNoLongerThere() {
        // given
        givenTheWorkedExample();

        // when rebuilt with SUP-3 only and a reopen window of 2 days
        index.rebuild(List.of(sup3()), teams, AccountabilitySettings.defaults().withReopenWindow(Duration.ofDays(2)));

        // then SUP-3's reopen after 4 days no longer counts
        assertThat(index.size()).isEqualTo(1);
        assertThat(index.facts(3).orElseThrow().reopens()).isZero();
        assertThat(index.matrix(MARCH).providers()).containsExactly(INFRA);
    }

    @Test
    public void keepsAnUpdateThatArrivesDuringARebuild() {
        // given a rebuild whose stream still holds SUP-3 as it was, while SUP-3 is resolved again mid-rebuild
        AccountabilityInput newer = issue(3, "SUP-3")
                .reportedBy("rita")
                .createdAt("2026-03-04T09:00:00Z")
                .assign("2026-03-04T09:10:00Z", "ian")
                .resolve("2026-03-05T10:00:00Z")
                .input();
        Iterable<AccountabilityInput> stream = () -> new Iterator<>() {
            private int n;

            @Override
            public boolean hasNext() {
                return n < 1;
            }

            @Override
            public AccountabilityInput next() {
                n++;
                index.update(newer);
                return sup3();
            }
        };

        // when
        index.rebuild(stream, teams, AccountabilitySettings.defaults());

        // then the event's newer timeline wins: one resolution, no reopen
        IssueAccountability facts = index.facts(3).orElseThrow();
        assertThat(facts.resolutions()).hasSize(1);
        assertThat(facts.reopens()).isZero();
    }

    @Test
    public void takesNewWeightsWithoutARebuildButRefusesANewReopenWindow() {
        // given
        givenTheWorkedExample();

        // when only ownership counts
        index.useSettings(AccountabilitySettings.defaults().withWeights(new ScoreWeights(0, 1, 0, 0)));

        // then
        assertThat(index.matrix(MARCH)
                        .cell(SUPPORT, Optional.of(SALES))
                        .orElseThrow()
                        .score()
                        .getAsDouble())
                .isCloseTo(50, within(1e-9));
        assertThatThrownBy(() ->
                        index.useSettings(AccountabilitySettings.defaults().withReopenWindow(Duration.ofDays(1))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    public void trendsByWeekAndMonthInTheGivenZone() {
        // given SUP-1 resolved on Sunday 2026-03-01T23:30Z, which is Monday 03-02 12:30 in Auckland (UTC+13)
        index.update(issue(1, "SUP-1")
                .reportedBy("rita")
                .createdAt("2026-02-27T09:00:00Z")
                .assign("2026-02-27T09:30:00Z", "sam")
                .resolve("2026-03-01T23:30:00Z")
                .input());
        Interval twoWeeks = new Interval(Instant.parse("2026-02-23T00:00:00Z"), Instant.parse("2026-03-09T00:00:00Z"));

        // when
        List<TrendPoint> utc = index.trend(SUPPORT, Granularity.WEEK, ZoneOffset.UTC, twoWeeks);
        List<TrendPoint> auckland = index.trend(SUPPORT, Granularity.WEEK, ZoneId.of("Pacific/Auckland"), twoWeeks);
        List<TrendPoint> months = index.trend(SUPPORT, Granularity.MONTH, ZoneOffset.UTC, twoWeeks);

        // then
        assertThat(utc)
                .extracting(TrendPoint::start, TrendPoint::issues)
                .containsExactly(tuple(LocalDate.parse("2026-02-23"), 1), tuple(LocalDate.parse("2026-03-02"), 0));
        // the period ends at 03-09T00:00Z, which is 13:00 on Monday 03-09 in Auckland: a third, empty week
        assertThat(auckland)
                .extracting(TrendPoint::start, TrendPoint::issues)
                .containsExactly(
                        tuple(LocalDate.parse("2026-02-23"), 0),
                        tuple(LocalDate.parse("2026-03-02"), 1),
                        tuple(LocalDate.parse("2026-03-09"), 0));
        assertThat(months)
                .extracting(TrendPoint::start, TrendPoint::issues)
                .containsExactly(tuple(LocalDate.parse("2026-02-01"), 0), tuple(LocalDate.parse("2026-03-01"), 1));
        assertThat(utc.get(0).score().getAsDouble()).isCloseTo(100, within(1e-9));
        assertThat(utc.get(1).score()).isEmpty();
    }
}
