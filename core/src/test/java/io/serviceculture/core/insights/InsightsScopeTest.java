package io.serviceculture.core.insights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.serviceculture.core.common.PermissionDeniedException;
import io.serviceculture.core.people.Role;
import io.serviceculture.core.people.TeamKey;
import io.serviceculture.core.people.UserKey;
import io.serviceculture.core.people.Viewer;
import java.util.Optional;
import java.util.Set;
import org.junit.Test;

public class InsightsScopeTest {
    private static final UserKey VIEWER = UserKey.of("viewer");
    private static final UserKey ANNA = UserKey.of("anna");
    private static final TeamKey DESK = TeamKey.of("desk");

    @Test
    public void letsHrSeeEveryoneByNameEvenWhenRestricted() {
        InsightsScope scope = InsightsScope.of(new Viewer(VIEWER, Set.of(Role.HR)), Set.of(), Set.of(), true);

        assertThat(scope.isEveryone()).isTrue();
        assertThat(scope.namesPeople()).isTrue();
    }

    @Test
    public void showsAnAdminOutsideHrNoNamesWhileRestricted() {
        Viewer admin = new Viewer(VIEWER, Set.of(Role.ADMIN));

        assertThat(InsightsScope.of(admin, Set.of(), Set.of(), true).namesPeople())
                .isFalse();
        assertThat(InsightsScope.of(admin, Set.of(), Set.of(), false).namesPeople())
                .isTrue();
    }

    @Test
    public void limitsAManagerToTheirPeopleAndTeams() {
        InsightsScope scope =
                InsightsScope.of(new Viewer(VIEWER, Set.of(Role.MANAGER)), Set.of(ANNA), Set.of(DESK), true);

        assertThat(scope.people()).isEqualTo(Optional.of(Set.of(ANNA)));
        assertThat(scope.coversTeam(DESK)).isTrue();
        assertThat(scope.coversTeam(TeamKey.of("ops"))).isFalse();
        assertThat(scope.namesPeople()).isTrue();
    }

    @Test
    public void refusesSomeoneWhoManagesNobody() {
        assertThatThrownBy(() -> InsightsScope.of(new Viewer(VIEWER, Set.of()), Set.of(), Set.of(), false))
                .isInstanceOf(PermissionDeniedException.class)
                .hasMessageContaining("service-culture.insights.error.not-allowed");
    }
}
