package io.serviceculture.core.people;

import static org.assertj.core.api.Assertions.assertThat;

import io.serviceculture.core.testing.MutableClock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.Test;

public class RoleResolverTest {
    private static final UserKey ANA = UserKey.of("ana");
    private static final UserKey BEN = UserKey.of("ben");
    private static final UserKey CAL = UserKey.of("cal");
    private static final UserKey HUGO = UserKey.of("hugo");
    private static final UserKey LEA = UserKey.of("lea");
    private static final UserKey ROOT = UserKey.of("root");
    private static final TeamKey SUPPORT = TeamKey.of("support");

    private final MutableClock clock = MutableClock.at("2026-11-23T09:00:00Z");
    private final RoleResolver resolver = new RoleResolver(
            ReportingLines.of(Map.of(ANA, BEN)),
            new TeamLeads(Map.of(SUPPORT, Set.of(LEA))),
            TeamHistory.of(
                    List.of(
                            MembershipPeriod.open(CAL, SUPPORT, Instant.parse("2026-01-01T00:00:00Z")),
                            MembershipPeriod.closed(
                                    ANA,
                                    SUPPORT,
                                    Instant.parse("2026-01-01T00:00:00Z"),
                                    Instant.parse("2026-06-01T00:00:00Z"))),
                    Map.of()),
            clock);

    @Test
    public void givesEachViewerEveryRoleThatApplies() {
        assertThat(resolver.viewer(ANA, false, false).roles()).containsExactly(Role.USER);
        assertThat(resolver.viewer(BEN, false, false).roles()).containsExactlyInAnyOrder(Role.USER, Role.MANAGER);
        assertThat(resolver.viewer(LEA, false, false).roles()).containsExactlyInAnyOrder(Role.USER, Role.MANAGER);
        assertThat(resolver.viewer(HUGO, true, false).roles()).containsExactlyInAnyOrder(Role.USER, Role.HR);
        assertThat(resolver.viewer(ROOT, false, true).roles()).containsExactlyInAnyOrder(Role.USER, Role.ADMIN);
    }

    @Test
    public void restrictsPeopleFiguresToThePersonTheirManagerAndHr() {
        // given the restriction is on
        boolean restricted = true;

        // then
        assertThat(resolver.maySeePersonFigures(resolver.viewer(ANA, false, false), ANA, restricted))
                .isTrue();
        assertThat(resolver.maySeePersonFigures(resolver.viewer(BEN, false, false), ANA, restricted))
                .isTrue();
        assertThat(resolver.maySeePersonFigures(resolver.viewer(HUGO, true, false), ANA, restricted))
                .isTrue();
        assertThat(resolver.maySeePersonFigures(resolver.viewer(CAL, false, false), ANA, restricted))
                .isFalse();
        assertThat(resolver.maySeePersonFigures(resolver.viewer(ROOT, false, true), ANA, restricted))
                .isFalse();
        assertThat(resolver.maySeePersonFigures(resolver.viewer(BEN, false, false), CAL, restricted))
                .isFalse();
    }

    @Test
    public void letsATeamLeadSeeTheFiguresOfThePeopleInTheTeamNow() {
        // given ana left support in June; cal is still in it
        Viewer lead = resolver.viewer(LEA, false, false);

        // then
        assertThat(resolver.maySeePersonFigures(lead, CAL, true)).isTrue();
        assertThat(resolver.maySeePersonFigures(lead, ANA, true)).isFalse();
    }

    @Test
    public void letsEveryoneSeePeopleFiguresWhenTheRestrictionIsOff() {
        assertThat(resolver.maySeePersonFigures(resolver.viewer(CAL, false, false), ANA, false))
                .isTrue();
    }
}
