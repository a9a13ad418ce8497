package io.serviceculture.plugin.standards.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import io.serviceculture.core.common.PermissionDeniedException;
import io.serviceculture.plugin.rest.CurrentUser;
import org.junit.Test;

public class StandardsAdminTest {
    private final UserManager users = mock(UserManager.class);
    private final StandardsAdmin admin = new StandardsAdmin(new CurrentUser(users));

    @Test
    public void refusesAUserWhoIsNotAnAdministrator() {
        when(users.getRemoteUserKey()).thenReturn(new UserKey("agent"));
        when(users.isAdmin(new UserKey("agent"))).thenReturn(false);

        assertThatThrownBy(admin::require)
                .isInstanceOf(PermissionDeniedException.class)
                .hasMessageContaining("service-culture.standards.error.admin-only");
    }

    @Test
    public void letsAnAdministratorThrough() {
        when(users.getRemoteUserKey()).thenReturn(new UserKey("boss"));
        when(users.isAdmin(new UserKey("boss"))).thenReturn(true);

        assertThat(admin.require().value()).isEqualTo("boss");
    }
}
