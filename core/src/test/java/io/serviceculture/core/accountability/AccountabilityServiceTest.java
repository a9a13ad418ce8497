package io.serviceculture.core.accountability;

import static io.serviceculture.core.accountability.TimelineBuilder.issue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.serviceculture.core.common.ConflictException;
import io.serviceculture.core.common.DomainException;
import io.serviceculture.core.common.InvalidInputException;
import io.serviceculture.core.common.NotFoundException;
import io.serviceculture.core.common.PermissionDeniedException;
import io.serviceculture.core.issues.IssueTimeline;
import io.serviceculture.core.people.MembershipPeriod;
import io.serviceculture.core.people.TeamKey;
import io.serviceculture.core.people.UserKey;
import io.serviceculture.core.testing.InMemoryAccountabilityStore;
import io.serviceculture.core.testing.InMemoryIssues;
import io.serviceculture.core.testing.InMemoryMembershipStore;
import io.serviceculture.core.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.Test;

/** The use cases over stored facts: the worked example of docs/accountability.md again, and the rating rules. */
public class AccountabilityServiceTest {
    private static final TeamKey SUPPORT = TeamKey.of("support");
    private static final TeamKey INFRA = TeamKey.of("infra");
    private static final TeamKey SALES = TeamKey.of("sales");
    private static final UserKey RITA = UserKey.of("rita");
    private static final UserKey SAM = UserKey.of("sam");
    private static final Instant EPOCH = Instant.parse("2026-01-01T00:00:00Z");
    private static final Interval MARCH =
            new Interval(Instant.parse("2026-03-01T00:00:00Z"), Instant.parse("2026-04-01T00:00:00Z"));

    private final InMemoryIssues issues = new InMemoryIssues();
    private final InMemoryMembershipStore memberships = new InMemoryMembershipStore()
            .with(MembershipPeriod.open(SAM, SUPPORT, EPOCH))
            .with(MembershipPeriod.open(UserKey.of("ian"), INFRA, EPOCH))
            .with(MembershipPeriod.open(RITA, SALES, EPOCH));
    private final Map<Long, StandardAttainment> attainments =
            Map.of(1L, new StandardAttainment(1, 1), 2L, new StandardAttainment(0, 1));
    private final InMemoryAccountabilityStore store = new InMemoryAccountabilityStore();
    private final MutableClock clock = MutableClock.at("2026-03-20T12:00:00Z");
    private final AccountabilityService service = new AccountabilityService(
            issues, memberships, id -> Optional.ofNullable(attainments.get(id)), store, store, store, issues, clock);

    private static IssueTimeline sup1() {
        return issue(1, "SUP-1")
                .reportedBy("rita")
                .createdAt("2026-03-02T09:00:00Z")
                .assign("2026-03-02T09:30:00Z", "sam")
                .resolve("2026-03-03T10:00:00Z")
                .build();
    }

    private static IssueTimeline sup2() {
        return issue(2, "SUP-2")
                .reportedBy("rita")
                .createdAt("2026-03-04T09:00:00Z")
                .assign("2026-03-04T09:30:00Z", "sam")
                .assign("2026-03-04T11:00:00Z", "ian")
                .assign("2026-03-05T11:00:00Z", "sam")
                .resolve("2026-03-06T10:00:00Z")
                .build();
    }

    private static IssueTimeline sup3() {
        return issue(3, "SUP-3")
                .reportedBy("rita")
                .createdAt("2026-03-04T09:00:00Z")
                .assign("2026-03-04T09:10:00Z", "ian")
                .resolve("2026-03-05T10:00:00Z")
                .clearResolution("2026-03-09T10:00:00Z")
                .resolve("2026-03-10T10:00:00Z")
                .build();
    }

    private void givenTheWorkedExampleRated() {
        issues.add(sup1()).add(sup2()).add(sup3()).letBrowse(RITA, 1).letBrowse(RITA, 2);
        service.rebuild(List.of(1L, 2L, 3L), done -> {});
        service.rate(RITA, 1, 5, "Quick and kind");
        service.rate(RITA, 2, 2, "");
    }

    @Test
    public void scoresTheWorkedExampleFromStoredFacts() {
        // given
        givenTheWorkedExampleRated();

        // when
        ScoreMatrix matrix = service.matrix(MARCH);

        // then the same 59.375 and 21.25 as docs/accountability.md §5 works out by hand
        assertThat(matrix.cell(SUPPORT, Optional.of(SALES))
                        .orElseThrow()
                        .score()
                        .getAsDouble())
                .isCloseTo(59.375, within(1e-9));
        assertThat(matrix.cell(INFRA, Optional.of(SALES)).orElseThrow().score().getAsDouble())
                .isCloseTo(21.25, within(1e-9));
        assertThat(service.handOffChains(MARCH, 5))
                .extracting(HandOffChain::toString)
                .containsExactly("support→infra→support ×1");
    }

    @Test
    public void drillDownNamesOnlyTheIssuesTheViewerMayBrowseAndStillAddsUp() {
        // given Sam may browse SUP-1 but not SUP-2
        givenTheWorkedExampleRated();
        issues.letBrowse(SAM, 1);

        // when
        CellDrillDown.VisibleDrillDown drill = service.drillDown(SAM, SUPPORT, Optional.of(SALES), MARCH);

        // then
        assertThat(drill.visible()).extracting(Contribution::issueKey).containsExactly("SUP-1");
        assertThat(drill.hiddenIssues()).isEqualTo(1);
        Components sum = drill.hidden();
        for (Contribution contribution : drill.visible()) {
            sum = sum.plus(contribution.components());
        }
        assertThat(sum).isEqualTo(drill.cell().components());
    }

    @Test
    public void rebuildForgetsIssuesThatAreGoneAndGivesTheSameFactsTwice() {
        // given
        issues.add(sup1()).add(sup2());
        service.rebuild(List.of(1L, 2L, 99L), done -> {});
        IssueAccountability first = store.facts(2).orElseThrow();
        List<Integer> progress = new ArrayList<>();

        // when
        int analysed = service.rebuild(List.of(2L), progress::add);

        // then
        assertThat(analysed).isEqualTo(1);
        assertThat(progress).containsExactly(1);
        assertThat(store.storedIssueIds()).containsExactly(2L);
        assertThat(store.facts(2)).contains(first);
    }

    @Test
    public void theReporterRatesAResolvedIssueAndMayChangeItForSevenDays() {
        // given
        issues.add(sup1()).letBrowse(RITA, 1);
        service.rate(RITA, 1, 2, "Slow");

        // when, seven days later to the millisecond
        clock.advance(Duration.ofDays(7));
        AccountabilityService.RatingResult changed = service.rate(RITA, 1, 4, "Better after all");

        // then
        assertThat(changed.created()).isFalse();
        assertThat(changed.rating().stars()).isEqualTo(4);
        assertThat(changed.rating().created()).isEqualTo(Instant.parse("2026-03-20T12:00:00Z"));
        assertThat(store.facts(1).orElseThrow().rating()).hasValue(4);
    }

    @Test
    public void aRatingIsFinalOnceSevenDaysHavePassed() {
        // given
        issues.add(sup1()).letBrowse(RITA, 1);
        service.rate(RITA, 1, 2, "");
        clock.advance(Duration.ofDays(7).plusMillis(1));

        // when / then
        assertThatThrownBy(() -> service.rate(RITA, 1, 5, ""))
                .isInstanceOf(ConflictException.class)
                .extracting(e -> ((DomainException) e).messageKey())
                .isEqualTo("service-culture.accountability.rating.error.final");
    }

    @Test
    public void onlyTheReporterMayRate() {
        issues.add(sup1()).letBrowse(SAM, 1);

        assertThatThrownBy(() -> service.rate(SAM, 1, 5, "")).isInstanceOf(PermissionDeniedException.class);
    }

    @Test
    public void anOpenIssueCannotBeRatedYet() {
        issues.add(issue(4, "SUP-4")
                        .reportedBy("rita")
                        .assign("2026-03-02T09:30:00Z", "sam")
                        .resolve("2026-03-03T10:00:00Z")
                        .clearResolution("2026-03-04T10:00:00Z")
                        .build())
                .letBrowse(RITA, 4);

        assertThatThrownBy(() -> service.rate(RITA, 4, 5, ""))
                .isInstanceOf(ConflictException.class)
                .extracting(e -> ((DomainException) e).messageKey())
                .isEqualTo("service-culture.accountability.rating.error.not-resolved");
        assertThat(service.mayRate(RITA, 4)).isFalse();
    }

    @Test
    public void starsOutsideOneToFiveAreRefused() {
        issues.add(sup1()).letBrowse(RITA, 1);

        assertThatThrownBy(() -> service.rate(RITA, 1, 6, "")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> service.rate(RITA, 1, 0, "")).isInstanceOf(InvalidInputException.class);
        assertThat(store.find(1)).isEmpty();
    }

    @Test
    public void anIssueTheReporterMayNoLongerBrowseIsNotFound() {
        issues.add(sup1());

        assertThatThrownBy(() -> service.rate(RITA, 1, 5, "")).isInstanceOf(NotFoundException.class);
    }

    @Test
    public void aNewReopenWindowAsksForARebuildButNewWeightsDoNot() {
        AccountabilitySettings defaults = AccountabilitySettings.defaults();

        assertThat(service.updateSettings(defaults.withWeights(new ScoreWeights(1, 1, 1, 1))))
                .isFalse();
        assertThat(service.updateSettings(defaults.withReopenWindow(Duration.ofDays(3))))
                .isTrue();
        assertThat(service.settings().reopenWindow()).isEqualTo(Duration.ofDays(3));
    }
}
