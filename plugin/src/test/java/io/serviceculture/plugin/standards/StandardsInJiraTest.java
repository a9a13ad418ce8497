package io.serviceculture.plugin.standards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.audit.entity.AuditEvent;
import com.atlassian.jira.config.ConstantsManager;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.changehistory.ChangeHistoryManager;
import com.atlassian.jira.issue.comments.Comment;
import com.atlassian.jira.issue.comments.CommentManager;
import com.atlassian.jira.issue.status.Status;
import com.atlassian.jira.issue.status.category.StatusCategory;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.security.groups.GroupManager;
import com.atlassian.jira.timezone.TimeZoneManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.sal.api.pluginsettings.PluginSettings;
import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;
import io.serviceculture.core.common.InvalidInputException;
import io.serviceculture.core.common.NotFoundException;
import io.serviceculture.core.common.PermissionDeniedException;
import io.serviceculture.plugin.people.FeatureGuard;
import io.serviceculture.plugin.people.JiraDirectory;
import io.serviceculture.plugin.people.JiraIssueVisibility;
import io.serviceculture.plugin.people.PeopleAudit;
import io.serviceculture.plugin.people.PeopleSettings;
import io.serviceculture.plugin.rest.CurrentUser;
import io.serviceculture.plugin.standards.StandardsJson.CalendarJson;
import io.serviceculture.plugin.standards.StandardsJson.HolidayImportJson;
import io.serviceculture.plugin.standards.StandardsJson.MetricJson;
import io.serviceculture.plugin.standards.StandardsJson.StandardJson;
import io.serviceculture.plugin.standards.StandardsJson.VersionJson;
import io.serviceculture.plugin.standards.persistence.AlertAO;
import io.serviceculture.plugin.standards.persistence.AoCalendarStore;
import io.serviceculture.plugin.standards.persistence.AoCycleResults;
import io.serviceculture.plugin.standards.persistence.AoLiveClocks;
import io.serviceculture.plugin.standards.persistence.AoStandardStore;
import io.serviceculture.plugin.standards.persistence.CalendarAO;
import io.serviceculture.plugin.standards.persistence.CycleAO;
import io.serviceculture.plugin.standards.persistence.RunningClockAO;
import io.serviceculture.plugin.standards.persistence.StandardAO;
import io.serviceculture.plugin.standards.persistence.StandardVersionAO;
import io.serviceculture.plugin.standards.rest.CalendarsResource;
import io.serviceculture.plugin.standards.rest.ClocksJson;
import io.serviceculture.plugin.standards.rest.ClocksJsonMapper;
import io.serviceculture.plugin.standards.rest.ExplainedClocksJsonMapper;
import io.serviceculture.plugin.standards.rest.IssueClocksResource;
import io.serviceculture.plugin.standards.rest.StandardsAdmin;
import io.serviceculture.plugin.standards.rest.StandardsResource;
import io.serviceculture.plugin.testing.TestDatabase;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TimeZone;
import org.junit.Before;
import org.junit.Test;

/**
 * The standards feature through its REST resources, on Active Objects over H2, with Jira's services mocked at
 * their edge: who may change standards, who may see an issue's clocks, and what the clocks say.
 */
public class StandardsInJiraTest {
    static final Instant NOW = Instant.parse("2026-11-23T11:00:00Z");

    private final com.atlassian.sal.api.user.UserManager salUsers = mock(com.atlassian.sal.api.user.UserManager.class);
    private final com.atlassian.jira.user.util.UserManager jiraUsers =
            mock(com.atlassian.jira.user.util.UserManager.class);
    private final IssueManager issueManager = mock(IssueManager.class);
    private final PermissionManager permissions = mock(PermissionManager.class);
    private final ChangeHistoryManager changeHistory = mock(ChangeHistoryManager.class);
    private final CommentManager comments = mock(CommentManager.class);
    private final ConstantsManager constants = mock(ConstantsManager.class);
    private final TimeZoneManager timeZones = mock(TimeZoneManager.class);
    private final GroupManager groups = mock(GroupManager.class);
    private final PluginSettingsFactory settingsFactory = mock(PluginSettingsFactory.class);
    private final List<AuditEvent> audited = new ArrayList<>();
    private String caller = "nobody";

    private CalendarsResource calendars;
    private StandardsResource standards;
    private IssueClocksResource clocks;

    @Before
    public void jiraWithIssueSup7AnsweredAt0930() {
        var ao = TestDatabase.H2
                .fresh(
                        CalendarAO.class,
                        StandardAO.class,
                        StandardVersionAO.class,
                        CycleAO.class,
                        RunningClockAO.class,
                        AlertAO.class)
                .ao();
        when(salUsers.getRemoteUserKey()).thenAnswer(call -> new com.atlassian.sal.api.user.UserKey(caller));
        when(salUsers.isAdmin(new com.atlassian.sal.api.user.UserKey("boss"))).thenReturn(true);
        when(jiraUsers.getUserByKey(anyString())).thenAnswer(call -> user(call.getArgument(0)));
        when(timeZones.getTimeZoneforUser(any())).thenReturn(TimeZone.getTimeZone("Europe/Paris"));
        PluginSettings settings = mock(PluginSettings.class);
        when(settingsFactory.createGlobalSettings()).thenReturn(settings);
        MutableIssue issue = issueSup7();
        when(issueManager.getIssueObject(7L)).thenReturn(issue);
        when(issueManager.getIssueObject("SUP-7")).thenReturn(issue);
        // the viewer and the admin may browse SUP-7; the agent may not
        when(permissions.hasPermission(any(), any(), any())).thenAnswer(call -> Set.of("viewer", "boss")
                .contains(((ApplicationUser) call.getArgument(2)).getKey()));
        when(changeHistory.getChangeHistories(issue)).thenReturn(List.of());
        Comment answer = mock(Comment.class);
        when(answer.getAuthorKey()).thenReturn("agent");
        when(answer.getCreated()).thenReturn(Date.from(Instant.parse("2026-11-23T09:30:00Z")));
        when(comments.getComments(issue)).thenReturn(List.of(answer));

        CurrentUser currentUser = new CurrentUser(salUsers);
        StandardsAdmin admin = new StandardsAdmin(currentUser);
        PeopleSettings people = new PeopleSettings(settingsFactory);
        JiraIssueVisibility visibility = new JiraIssueVisibility(issueManager, permissions, jiraUsers);
        StandardsUseCases useCases = new StandardsUseCases(
                new AoCalendarStore(ao),
                new AoStandardStore(ao),
                new AoCycleResults(ao),
                new AoLiveClocks(ao),
                new JiraIssueHistory(issueManager, changeHistory, comments, constants),
                visibility,
                new JiraPrimaryTeams(jiraUsers, groups, people),
                alert -> {},
                List::of,
                Clock.fixed(NOW, ZoneOffset.UTC));
        I18nResolver i18n = mock(I18nResolver.class);
        when(i18n.getText(anyString(), any(java.io.Serializable[].class)))
                .thenAnswer(call -> Arrays.toString(call.getArguments()));
        PeopleAudit audit = new PeopleAudit(audited::add);
        calendars = new CalendarsResource(useCases, admin, new FeatureGuard(people), audit);
        standards = new StandardsResource(useCases, admin, new FeatureGuard(people), audit);
        clocks = new IssueClocksResource(
                useCases,
                currentUser,
                visibility,
                new JiraDirectory(jiraUsers, timeZones, groups, people),
                new ClocksJsonMapper(i18n),
                admin,
                new FeatureGuard(people),
                new ExplainedClocksJsonMapper(i18n, new JiraDirectory(jiraUsers, timeZones, groups, people)));
    }

    @Test
    public void onlyAnAdministratorDefinesCalendars() {
        caller = "agent";

        assertThatThrownBy(() -> calendars.define(roundTheClock()))
                .isInstanceOf(PermissionDeniedException.class)
                .hasMessageContaining("service-culture.standards.error.admin-only");
        assertThat(calendars.calendars()).isEmpty();
    }

    @Test
    public void auditsEveryChangeAnAdministratorMakes() {
        // given
        caller = "boss";

        // when
        calendars.define(roundTheClock());
        calendars.importHolidays("round", new HolidayImportJson("CSV", "2026-12-25,Christmas Day\n"));
        standards.create(supportStandard());

        // then
        assertThat(audited)
                .extracting(AuditEvent::getActionI18nKey)
                .containsExactly(
                        "service-culture.audit.standards.calendar-defined",
                        "service-culture.audit.standards.holidays-imported",
                        "service-culture.audit.standards.standard-created");
    }

    @Test
    public void aHolidayFileWithBadLinesChangesNothingAndNamesEveryLine() {
        // given
        caller = "boss";
        calendars.define(roundTheClock());

        // when
        Throwable thrown = catchThrowable(() -> calendars.importHolidays(
                "round", new HolidayImportJson("CSV", "2026-12-25,Christmas\nchristmas,Eve\n2026-02-30,Leap\n")));

        // then
        assertThat(((InvalidInputException) thrown).problems())
                .extracting(problem -> problem.arguments().get(0))
                .containsExactly(2, 3);
        assertThat(calendars.calendars().get(0).holidays()).isEmpty();
    }

    @Test
    public void showsTheClocksOfAnIssueInTheViewersZone() {
        // given a round-the-clock calendar and a standard: respond within 1 hour, resolve within 8
        caller = "boss";
        calendars.define(roundTheClock());
        standards.create(supportStandard());

        // when the viewer looks at SUP-7, created at 09:00, answered by the agent at 09:30, at 11:00
        caller = "viewer";
        ClocksJson json = clocks.clocks("SUP-7");

        // then the response was met in 30 minutes, and resolution has 6 of its 8 hours left, due 17:00 UTC
        assertThat(json.zone()).isEqualTo("Europe/Paris");
        assertThat(json.clocks()).extracting(ClocksJson.ClockJson::state).containsExactly("met", "running");
        assertThat(json.clocks().get(0).completed().get(0).elapsedSeconds()).isEqualTo(30 * 60);
        ClocksJson.OngoingJson resolution = json.clocks().get(1).ongoing();
        assertThat(resolution.remainingSeconds()).isEqualTo(6 * 3600);
        assertThat(resolution.dueAt()).isEqualTo("2026-11-23T18:00+01:00");
    }

    @Test
    public void anIssueTheCallerMayNotBrowseIsNotFound() {
        caller = "boss";
        calendars.define(roundTheClock());
        standards.create(supportStandard());
        caller = "agent";

        assertThatThrownBy(() -> clocks.clocks("SUP-7"))
                .isInstanceOf(NotFoundException.class)
                .hasMessageContaining("service-culture.standards.issue.error.not-found");
        assertThatThrownBy(() -> clocks.clocks("7")).isInstanceOf(NotFoundException.class);
    }

    @Test
    public void recomputingRecordsTheCompletedResponseOnce() {
        caller = "boss";
        calendars.define(roundTheClock());
        standards.create(supportStandard());

        assertThat(clocks.recompute("SUP-7").added()).isEqualTo(1);
        assertThat(clocks.recompute("7").added()).isZero();
        assertThat(standards.attainment(null, null, null, "agent", null, null, "assignee"))
                .containsExactly(new StandardsResource.AttainmentJson("agent", 1, 1, 1.0));
    }

    private static CalendarJson roundTheClock() {
        Map<String, List<String>> hours = new LinkedHashMap<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            hours.put(day.name(), List.of("00:00-24:00"));
        }
        return new CalendarJson("round", "Round the clock", "UTC", hours, List.of());
    }

    private static StandardJson supportStandard() {
        return new StandardJson(
                "support",
                List.of(new VersionJson(
                        null,
                        "2026-01-01T00:00:00Z",
                        "Support",
                        null,
                        List.of(
                                new MetricJson(
                                        "first-response",
                                        "Time to first response",
                                        List.of("ISSUE_CREATED"),
                                        null,
                                        List.of("COMMENT_BY_OTHER_THAN_REPORTER"),
                                        "PT1H",
                                        null,
                                        "round"),
                                new MetricJson(
                                        "resolution",
                                        "Time to resolution",
                                        List.of("ISSUE_CREATED", "ISSUE_REOPENED"),
                                        null,
                                        List.of("RESOLUTION_SET"),
                                        "PT8H",
                                        null,
                                        "round")))));
    }

    private static ApplicationUser user(String key) {
        ApplicationUser user = mock(ApplicationUser.class);
        when(user.getKey()).thenReturn(key);
        when(user.getUsername()).thenReturn(key);
        when(user.getDisplayName()).thenReturn(key);
        when(user.isActive()).thenReturn(true);
        return user;
    }

    private static MutableIssue issueSup7() {
        MutableIssue issue = mock(MutableIssue.class);
        when(issue.getId()).thenReturn(7L);
        when(issue.getKey()).thenReturn("SUP-7");
        when(issue.getCreated()).thenReturn(Timestamp.from(Instant.parse("2026-11-23T09:00:00Z")));
        when(issue.getReporterId()).thenReturn("rep");
        when(issue.getAssigneeId()).thenReturn("agent");
        Status open = mock(Status.class);
        StatusCategory toDo = mock(StatusCategory.class);
        when(toDo.getKey()).thenReturn("new");
        when(open.getId()).thenReturn("1");
        when(open.getName()).thenReturn("Open");
        when(open.getStatusCategory()).thenReturn(toDo);
        when(issue.getStatus()).thenReturn(open);
        Project project = mock(Project.class);
        when(project.getKey()).thenReturn("SUP");
        when(issue.getProjectObject()).thenReturn(project);
        when(issue.getLabels()).thenReturn(Set.of());
        when(issue.getComponents()).thenReturn(List.of());
        return issue;
    }
}
