package io.serviceculture.plugin.people.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.audit.api.AuditService;
import com.atlassian.jira.security.groups.GroupManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.sal.api.message.I18nResolver;
import io.serviceculture.core.common.DomainException;
import io.serviceculture.core.common.InvalidInputException;
import io.serviceculture.core.common.PermissionDeniedException;
import io.serviceculture.plugin.people.JiraDirectory;
import io.serviceculture.plugin.people.MapPluginSettings;
import io.serviceculture.plugin.people.PeopleAdministration;
import io.serviceculture.plugin.people.PeopleAudit;
import io.serviceculture.plugin.people.PeopleSettings;
import io.serviceculture.plugin.people.persistence.AoManagers;
import io.serviceculture.plugin.people.persistence.AoMembershipStore;
import io.serviceculture.plugin.people.persistence.ManagerAO;
import io.serviceculture.plugin.people.persistence.PrimaryTeamAO;
import io.serviceculture.plugin.people.persistence.TeamLeadAO;
import io.serviceculture.plugin.people.persistence.TeamMemberAO;
import io.serviceculture.plugin.people.rest.PeopleJson.ImportErrorsJson;
import io.serviceculture.plugin.people.rest.PeopleJson.ImportedJson;
import io.serviceculture.plugin.people.rest.PeopleJson.ReportingLinesJson;
import io.serviceculture.plugin.rest.CurrentUser;
import io.serviceculture.plugin.testing.TestDatabase;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import javax.ws.rs.core.Response;
import org.junit.Before;
import org.junit.Test;

/** The admin resource over the real use case and H2, with Jira's users, texts and audit log mocked at the edge. */
public class PeopleAdminResourceTest {
    private final com.atlassian.sal.api.user.UserManager salUsers = mock(com.atlassian.sal.api.user.UserManager.class);
    private final UserManager users = mock(UserManager.class);
    private final I18nResolver i18n = mock(I18nResolver.class);
    private PeopleAdminResource resource;
    private AoManagers managers;

    @Before
    public void setUp() {
        var database =
                TestDatabase.H2.fresh(TeamMemberAO.class, ManagerAO.class, TeamLeadAO.class, PrimaryTeamAO.class);
        var memberships = new AoMembershipStore(database.ao());
        managers = new AoManagers(database.ao());
        var settings = new PeopleSettings(new MapPluginSettings().factory());
        GroupManager groups = mock(GroupManager.class);
        var admin = new PeopleAdministration(
                salUsers, users, groups, settings, memberships, managers, new PeopleAudit(mock(AuditService.class)));
        resource = new PeopleAdminResource(
                admin, settings, managers, mock(JiraDirectory.class), new CurrentUser(salUsers), i18n);
        when(salUsers.getRemoteUserKey()).thenReturn(new com.atlassian.sal.api.user.UserKey("admin"));
        when(salUsers.isAdmin(new com.atlassian.sal.api.user.UserKey("admin"))).thenReturn(true);
        user("alice");
        user("bob");
    }

    @Test
    public void importsAFileSentAsBase64() {
        // when
        Response response = resource.importReportingLines(json("user,manager\nbob,alice\n"));

        // then
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getEntity()).isEqualTo(new ImportedJson(1));
    }

    @Test
    public void answersARefusedFileWith400AndEachRowsLineKeyAndMessageInTheCallersLanguage() {
        // given
        when(i18n.getText(
                        eq("service-culture.people.import.error.unknown-user"), eq(new Serializable[] {"2", "carol"})))
                .thenReturn("Zeile 2: Es gibt keinen Benutzer carol.");
        when(i18n.getText(
                        eq("service-culture.people.import.error.self-manager"), eq(new Serializable[] {"3", "alice"})))
                .thenReturn("Zeile 3: alice kann nicht die eigene Führungskraft sein.");

        // when
        Response response = resource.importReportingLines(json("user,manager\ncarol,alice\nalice,alice\n"));

        // then
        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(((ImportErrorsJson) response.getEntity()).errors())
                .containsExactly(
                        new ImportErrorsJson.Item(
                                "service-culture.people.import.error.unknown-user",
                                "Zeile 2: Es gibt keinen Benutzer carol.",
                                "file",
                                2),
                        new ImportErrorsJson.Item(
                                "service-culture.people.import.error.self-manager",
                                "Zeile 3: alice kann nicht die eigene Führungskraft sein.",
                                "file",
                                3));
        assertThat(managers.reportingLines().size()).isZero();
    }

    @Test
    public void refusesAFileThatIsNotBase64OnTheFileField() {
        assertThatThrownBy(() -> resource.importReportingLines(new ReportingLinesJson("not base64!")))
                .isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((DomainException) e).field())
                .isEqualTo(Optional.of("file"));
    }

    @Test
    public void refusesAMissingBody() {
        assertThatThrownBy(() -> resource.importReportingLines(null))
                .isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((DomainException) e).messageKey())
                .isEqualTo("service-culture.people.error.body-missing");
    }

    @Test
    public void checksTheCallerIsAnAdminEvenPastTheAnnotation() {
        // given a caller who is not an admin got through
        when(salUsers.getRemoteUserKey()).thenReturn(new com.atlassian.sal.api.user.UserKey("alice"));

        // then
        assertThatThrownBy(() -> resource.settings()).isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> resource.importReportingLines(json("user,manager\nbob,alice\n")))
                .isInstanceOf(PermissionDeniedException.class);
    }

    private static ReportingLinesJson json(String csv) {
        return new ReportingLinesJson(Base64.getEncoder().encodeToString(csv.getBytes(StandardCharsets.UTF_8)));
    }

    private void user(String name) {
        ApplicationUser user = mock(ApplicationUser.class);
        when(user.getKey()).thenReturn(name);
        when(user.getUsername()).thenReturn(name);
        when(users.getUserByName(name)).thenReturn(user);
    }
}
