package io.serviceculture.plugin.standards.web;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.sal.api.pluginsettings.PluginSettings;
import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import com.atlassian.webresource.api.assembler.RequiredResources;
import com.atlassian.webresource.api.assembler.WebResourceAssembler;
import io.serviceculture.plugin.people.FeatureGuard;
import io.serviceculture.plugin.people.PeopleSettings;
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

/** The standards admin page checks the admin right and the feature switch on the server. */
public class StandardsAdminServletTest {
    private final UserManager salUsers = mock(UserManager.class);
    private final Templates templates = mock(Templates.class);
    private final PageBuilderService pageBuilder = mock(PageBuilderService.class);
    private final RequiredResources resources = mock(RequiredResources.class);
    private final PluginSettings settings = mock(PluginSettings.class);
    private final HttpServletRequest request = mock(HttpServletRequest.class);
    private final HttpServletResponse response = mock(HttpServletResponse.class);
    private StandardsAdminServlet servlet;

    @Before
    public void setUp() throws IOException {
        WebResourceAssembler assembler = mock(WebResourceAssembler.class);
        when(pageBuilder.assembler()).thenReturn(assembler);
        when(assembler.resources()).thenReturn(resources);
        when(response.getWriter()).thenReturn(new PrintWriter(new StringWriter()));
        when(request.getContextPath()).thenReturn("/jira");
        when(request.getRequestURI()).thenReturn("/jira/plugins/servlet/service-culture/admin/standards");
        PluginSettingsFactory factory = mock(PluginSettingsFactory.class);
        when(factory.createGlobalSettings()).thenReturn(settings);
        servlet = new StandardsAdminServlet(
                new Pages(new CurrentUser(salUsers), templates, pageBuilder),
                new FeatureGuard(new PeopleSettings(factory)));
    }

    @Test
    public void rendersThePageForAnAdmin() throws IOException {
        // given
        signedIn("admin", true);

        // when
        servlet.doGet(request, response);

        // then
        verify(resources).requireWebResource("io.serviceculture.jira:standards-admin-resources");
        verify(templates).render(eq("templates/standards/admin-page.vm"), any(StandardsAdminView.class), any());
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
    public void answers404WhileStandardsAreSwitchedOff() throws IOException {
        // given
        signedIn("admin", true);
        when(settings.get("io.serviceculture.jira.feature-off.standards")).thenReturn("true");

        // when
        servlet.doGet(request, response);

        // then
        verify(response).sendError(404);
        verify(templates, never()).render(anyString(), any(), any());
    }

    private void signedIn(String key, boolean admin) {
        when(salUsers.getRemoteUserKey()).thenReturn(new UserKey(key));
        when(salUsers.isAdmin(new UserKey(key))).thenReturn(admin);
    }
}
