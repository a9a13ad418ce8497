package io.serviceculture.plugin.people.web;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import com.atlassian.webresource.api.assembler.RequiredResources;
import com.atlassian.webresource.api.assembler.WebResourceAssembler;
import io.serviceculture.plugin.rest.CurrentUser;
import io.serviceculture.plugin.web.Pages;
import io.serviceculture.plugin.web.Templates;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.junit.Before;
import org.junit.Test;

/** The admin page checks the admin right on the server, with Jira's services mocked at the edge. */
public class PeopleAdminServletTest {
    private final UserManager salUsers = mock(UserManager.class);
    private final Templates templates = mock(Templates.class);
    private final PageBuilderService pageBuilder = mock(PageBuilderService.class);
    private final RequiredResources resources = mock(RequiredResources.class);
    private final HttpServletRequest request = mock(HttpServletRequest.class);
    private final HttpServletResponse response = mock(HttpServletResponse.class);
    private final PeopleAdminServlet servlet =
            new PeopleAdminServlet(new Pages(new CurrentUser(salUsers), templates, pageBuilder));

    @Before
    public void setUp() throws IOException {
        WebResourceAssembler assembler = mock(WebResourceAssembler.class);
        when(pageBuilder.assembler()).thenReturn(assembler);
        when(assembler.resources()).thenReturn(resources);
        when(response.getWriter()).thenReturn(new PrintWriter(new StringWriter()));
        when(request.getContextPath()).thenReturn("/jira");
        when(request.getRequestURI()).thenReturn("/jira/plugins/servlet/service-culture/admin/people");
    }

    @Test
    public void rendersThePageForAnAdmin() throws IOException {
        // given
        signedIn("admin", true);

        // when
        servlet.doGet(request, response);

        // then
        verify(resources).requireWebResource("io.serviceculture.jira:people-admin-resources");
        verify(templates).render(eq("templates/people/admin-page.vm"), any(PeopleAdminView.class), any());
    }

    @Test
    public void refusesSomeoneWhoIsNotAnAdminWith403() throws IOException {
        // given
        signedIn("alice", false);

        // when
        servlet.doGet(request, response);

        // then
        verify(response).sendError(403);
        verify(templates, never()).render(anyString(), any(), any());
    }

    @Test
    public void sendsAnonymousVisitorsToTheLoginPageAndBack() throws IOException {
        // when
        servlet.doGet(request, response);

        // then
        verify(response)
                .sendRedirect("/jira/login.jsp?os_destination=%2Fplugins%2Fservlet%2Fservice-culture%2Fadmin%2Fpeople");
    }

    private void signedIn(String key, boolean admin) {
        when(salUsers.getRemoteUserKey()).thenReturn(new UserKey(key));
        when(salUsers.isAdmin(new UserKey(key))).thenReturn(admin);
    }
}
