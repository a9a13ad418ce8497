package io.serviceculture.plugin.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.sal.api.user.UserManager;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import io.serviceculture.core.people.UserKey;
import io.serviceculture.plugin.rest.CurrentUser;
import io.serviceculture.plugin.web.Pages.Audience;
import java.io.IOException;
import java.util.Optional;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.junit.Before;
import org.junit.Test;

/** The checks every page makes before it renders, against Jira's user manager and a servlet response. */
public class PagesTest {
    private final UserManager users = mock(UserManager.class);
    private final HttpServletRequest request = mock(HttpServletRequest.class);
    private final HttpServletResponse response = mock(HttpServletResponse.class);
    private final Pages pages =
            new Pages(new CurrentUser(users), mock(Templates.class), mock(PageBuilderService.class));

    @Before
    public void givenAPageUnderJirasContextPath() {
        when(request.getContextPath()).thenReturn("/jira");
        when(request.getRequestURI()).thenReturn("/jira/plugins/servlet/service-culture/recognition");
    }

    @Test
    public void answersNotFoundForASwitchedOffFeatureEvenToAnAnonymousVisitor() throws IOException {
        Optional<UserKey> viewer = pages.viewer(request, response, false, Audience.SIGNED_IN);

        assertThat(viewer).isEmpty();
        verify(response).sendError(HttpServletResponse.SC_NOT_FOUND);
        verify(response, never()).sendRedirect(any());
    }

    @Test
    public void sendsAnAnonymousVisitorToTheLoginPageAndBack() throws IOException {
        Optional<UserKey> viewer = pages.viewer(request, response, true, Audience.SIGNED_IN);

        assertThat(viewer).isEmpty();
        verify(response)
                .sendRedirect("/jira/login.jsp?os_destination=%2Fplugins%2Fservlet%2Fservice-culture%2Frecognition");
    }

    @Test
    public void refusesAnAdminPageToSomeoneWhoIsNoAdmin() throws IOException {
        signedIn("alice", false);

        Optional<UserKey> viewer = pages.viewer(request, response, Audience.ADMINS);

        assertThat(viewer).isEmpty();
        verify(response).sendError(HttpServletResponse.SC_FORBIDDEN);
    }

    @Test
    public void letsAnAdminOntoAnAdminPage() throws IOException {
        signedIn("admin", true);

        Optional<UserKey> viewer = pages.viewer(request, response, true, Audience.ADMINS);

        assertThat(viewer).contains(UserKey.of("admin"));
        verify(response, never()).sendError(HttpServletResponse.SC_FORBIDDEN);
    }

    @Test
    public void letsAnySignedInUserOntoAPageForEveryone() throws IOException {
        signedIn("alice", false);

        assertThat(pages.viewer(request, response, true, Audience.SIGNED_IN)).contains(UserKey.of("alice"));
    }

    private void signedIn(String key, boolean admin) {
        com.atlassian.sal.api.user.UserKey salKey = new com.atlassian.sal.api.user.UserKey(key);
        when(users.getRemoteUserKey()).thenReturn(salKey);
        when(users.isAdmin(salKey)).thenReturn(admin);
    }
}
