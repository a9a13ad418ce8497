package io.serviceculture.core.insights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.serviceculture.core.accountability.CellKey;
import io.serviceculture.core.accountability.Interval;
import io.serviceculture.core.insights.RecognitionInsights.CrossTeamCount;
import io.serviceculture.core.insights.RecognitionInsights.ValueShare;
import io.serviceculture.core.kudos.CompanyValue;
import io.serviceculture.core.kudos.LoadCompanyValuesPort;
import io.serviceculture.core.kudos.Receiver;
import io.serviceculture.core.people.MembershipPeriod;
import io.serviceculture.core.people.TeamKey;
import io.serviceculture.core.people.UserKey;
import io.serviceculture.core.testing.InMemoryMembershipStore;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.Before;
import org.junit.Test;

/**
 * A small company worked by hand. Teams: desk (anna, ben, eve — eve's account is inactive), ops (carl, dora), lab
 * (nobody). In November: anna thanked carl twice for "own-it" and team ops once for "own-it"; ben thanked carl once
 * for "help"; carl thanked anna once for "help". Ops served desk in November (an accountability cell), desk did not
 * serve ops.
 */
public class RecognitionInsightsServiceTest {
    private static final UserKey ANNA = UserKey.of("anna");
    private static final UserKey BEN = UserKey.of("ben");
    private static final UserKey CARL = UserKey.of("carl");
    private static final UserKey DORA = UserKey.of("dora");
    private static final UserKey EVE = UserKey.of("eve");
    private static final TeamKey DESK = TeamKey.of("desk");
    private static final TeamKey OPS = TeamKey.of("ops");
    private static final TeamKey LAB = TeamKey.of("lab");
    private static final Instant JOINED = Instant.parse("2026-01-01T00:00:00Z");
    private static final Interval NOVEMBER =
            new Interval(Instant.parse("2026-11-01T00:00:00Z"), Instant.parse("2026-12-01T00:00:00Z"));

    private final InMemoryMembershipStore memberships = new InMemoryMembershipStore();
    private RecognitionInsightsService service;

    @Before
    public void setUp() {
        memberships
                .with(MembershipPeriod.open(ANNA, DESK, JOINED))
                .with(MembershipPeriod.open(BEN, DESK, JOINED))
                .with(MembershipPeriod.open(EVE, DESK, JOINED))
                .with(MembershipPeriod.open(CARL, OPS, JOINED))
                .with(MembershipPeriod.open(DORA, OPS, JOINED));
        List<RecognitionCount> counts = List.of(
                new RecognitionCount(ANNA, Receiver.person(CARL), "own-it", 2),
                new RecognitionCount(ANNA, Receiver.team(OPS), "own-it", 1),
                new RecognitionCount(BEN, Receiver.person(CARL), "help", 1),
                new RecognitionCount(CARL, Receiver.person(ANNA), "help", 1));
        RecognitionAggregatesPort aggregates = new RecognitionAggregatesPort() {
            @Override
            public List<RecognitionCount> recognitions(Interval period) {
                return counts;
            }

            @Override
            public Map<UserKey, Long> givenPerGiver(Interval period) {
                return Map.of(ANNA, 3L, BEN, 1L, CARL, 1L);
            }
        };
        InsightsPeoplePort people = new InsightsPeoplePort() {
            @Override
            public Set<TeamKey> teams() {
                return Set.of(DESK, OPS, LAB);
            }

            @Override
            public Set<UserKey> activeAndLicensed(Collection<UserKey> candidates) {
                return candidates.stream().filter(p -> !p.equals(EVE)).collect(Collectors.toSet());
            }
        };
        ServedCellsPort served = period -> Set.of(new CellKey(OPS, Optional.of(DESK)));
        service = new RecognitionInsightsService(aggregates, people, memberships, served, new Values());
    }

    @Test
    public void namesActiveLicensedPeopleAndTeamsWithNoKudos() {
        RecognitionInsights insights = service.insights(InsightsScope.everyone(true), NOVEMBER);

        // anna 1, ben 0, carl 3, dora 0 in person; eve is inactive and not counted
        assertThat(insights.people()).isEqualTo(4);
        assertThat(insights.peopleWithoutKudos()).containsExactly(BEN, DORA);
        assertThat(insights.peopleWithoutKudosCount()).isEqualTo(2);
        // desk got anna's 1, ops got carl's 3 and its own 1; lab got nothing
        assertThat(insights.teamsWithoutKudos()).containsExactly(LAB);
    }

    @Test
    public void measuresConcentrationOfReceivingAndGiving() {
        RecognitionInsights insights = service.insights(InsightsScope.everyone(true), NOVEMBER);

        // received {0,0,1,3}: G = 0.625, the top 1 of 4 holds 3 of 4
        assertThat(insights.receiving().gini()).isCloseTo(0.625, within(1e-12));
        assertThat(insights.receiving().topTenPercentShare()).isCloseTo(0.75, within(1e-12));
        // given {0,1,1,3} (dora gave none): S = 5, Σ i·x = 2 + 3 + 12 = 17, G = 34/20 − 5/4 = 0.45; top 3 of 5
        assertThat(insights.giving().gini()).isCloseTo(0.45, within(1e-12));
        assertThat(insights.giving().topTenPercentShare()).isCloseTo(0.6, within(1e-12));
    }

    @Test
    public void coversEveryActiveValueAndListsTheUnusedOnes() {
        RecognitionInsights insights = service.insights(InsightsScope.everyone(true), NOVEMBER);

        // 5 recognitions: own-it 2 + 1, help 1 + 1; "retired" is inactive and unused, so not listed
        assertThat(insights.recognitions()).isEqualTo(5);
        assertThat(insights.values())
                .containsExactly(
                        new ValueShare("own-it", 3, 0.6),
                        new ValueShare("help", 2, 0.4),
                        new ValueShare("curious", 0, 0.0));
        assertThat(insights.unusedValues()).containsExactly("curious");
    }

    @Test
    public void countsKudosToTheTeamThatServedTheGiversTeam() {
        RecognitionInsights insights = service.insights(InsightsScope.everyone(true), NOVEMBER);

        // desk → ops: anna 2 + anna's team kudos 1 + ben 1; carl's thanks to desk is not: desk did not serve ops
        assertThat(insights.crossTeam()).containsExactly(new CrossTeamCount(OPS, DESK, 4));
        assertThat(insights.crossTeamRecognitions()).isEqualTo(4);
    }

    @Test
    public void givesTheMatrixTheCrossTeamCountsAlone() {
        assertThat(service.crossTeam(NOVEMBER)).containsExactly(new CrossTeamCount(OPS, DESK, 4));
    }

    @Test
    public void leavesOutCellsOutsideAManagersTeams() {
        // a lead of lab alone: neither ops nor desk is theirs
        InsightsScope lab = new InsightsScope(Optional.of(Set.of()), Optional.of(Set.of(LAB)), true);

        RecognitionInsights insights = service.insights(lab, NOVEMBER);

        assertThat(insights.crossTeam()).isEmpty();
        assertThat(insights.crossTeamRecognitions()).isZero();
        assertThat(insights.teamsWithoutKudos()).containsExactly(LAB);
        assertThat(insights.people()).isZero();
    }

    @Test
    public void limitsAManagerToTheirPeopleAndTeams() {
        InsightsScope desk = new InsightsScope(Optional.of(Set.of(ANNA, BEN)), Optional.of(Set.of(DESK)), true);

        RecognitionInsights insights = service.insights(desk, NOVEMBER);

        assertThat(insights.people()).isEqualTo(2);
        assertThat(insights.peopleWithoutKudos()).containsExactly(BEN);
        assertThat(insights.teamsWithoutKudos()).isEmpty();
        // only carl's 1 "help" to anna was received in scope
        assertThat(insights.recognitions()).isEqualTo(1);
        assertThat(insights.unusedValues()).containsExactly("curious", "own-it");
        // desk is the client of the ops cell, so the manager sees it
        assertThat(insights.crossTeam()).containsExactly(new CrossTeamCount(OPS, DESK, 4));
    }

    @Test
    public void countsButDoesNotNamePeopleWhenNamesAreRestricted() {
        RecognitionInsights insights = service.insights(InsightsScope.everyone(false), NOVEMBER);

        assertThat(insights.peopleWithoutKudos()).isEmpty();
        assertThat(insights.peopleWithoutKudosCount()).isEqualTo(2);
    }

    private static final class Values implements LoadCompanyValuesPort {
        private final List<CompanyValue> all = List.of(
                new CompanyValue("own-it", "Own it", "", true),
                new CompanyValue("help", "Help", "", true),
                new CompanyValue("curious", "Be curious", "", true),
                new CompanyValue("retired", "Retired", "", false));

        @Override
        public List<CompanyValue> allValues() {
            return all;
        }

        @Override
        public Optional<CompanyValue> findValue(String id) {
            return all.stream().filter(v -> v.id().equals(id)).findFirst();
        }
    }
}
