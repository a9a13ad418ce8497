package io.serviceculture.bench.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.Test;

public class PeopleTest {
    private final People people = new People(ScaleSpec.full());

    @Test
    public void theFullSetHasTwentyThousandPeopleInTwoHundredTeamsOfAboutAHundred() {
        assertThat(people.size()).isEqualTo(20_000);
        int total = 0;
        for (int t = 0; t < 200; t++) {
            // 100 primary members, plus about one in ten people elsewhere for whom it is a second team
            assertThat(people.memberCount(t)).isBetween(100, 130);
            total += people.memberCount(t);
        }
        assertThat(total).isBetween(21_500, 22_500);
    }

    @Test
    public void everyTeamIsLedByOneOfItsPrimaryMembers() {
        for (int t = 0; t < 200; t++) {
            int lead = people.lead(t);
            assertThat(people.primaryTeam(lead)).isEqualTo(t);
            assertThat(people.members(t)).contains(lead);
        }
    }

    @Test
    public void reportingLinesReachTheHeadWithoutCycles() {
        for (int u = 0; u < people.size(); u++) {
            Set<Integer> seen = new HashSet<>();
            int at = u;
            while (people.manager(at) >= 0) {
                assertThat(seen.add(at)).as("cycle through %s", People.name(at)).isTrue();
                at = people.manager(at);
            }
            assertThat(at).isZero();
            // member, team lead, block lead, head: never more than three steps up
            assertThat(seen.size()).isLessThanOrEqualTo(3);
        }
    }

    @Test
    public void peopleWhoMovedLeftAnotherTeamDuringTheYear() {
        int moved = 0;
        for (int u = 0; u < people.size(); u++) {
            if (people.formerTeam(u) >= 0) {
                moved++;
                assertThat(people.formerTeam(u)).isNotEqualTo(people.primaryTeam(u));
                assertThat(people.movedAt(u)).isBetween(ScaleSpec.FROM, ScaleSpec.UNTIL);
                assertThat(people.members(people.formerTeam(u))).doesNotContain(u);
            }
        }
        // one in twenty of those who lead no team
        assertThat(moved).isBetween(800, 1200);
    }

    @Test
    public void theSameSeedGivesTheSamePeople() {
        People again = new People(ScaleSpec.full());
        for (int t = 0; t < 200; t += 17) {
            assertThat(again.members(t)).containsExactly(people.members(t));
        }
    }

    @Test
    public void projectsAreServedByDisjointBlocksOfTeams() {
        Set<Integer> seen = new HashSet<>();
        for (int p = 0; p < 20; p++) {
            int[] teams = people.providerTeams(p);
            assertThat(teams).hasSize(10);
            for (int t : teams) {
                assertThat(seen.add(t)).isTrue();
            }
        }
        assertThat(People.projectKey(0)).isEqualTo("SAA");
        assertThat(People.projectKey(19)).isEqualTo("SAT");
    }
}
