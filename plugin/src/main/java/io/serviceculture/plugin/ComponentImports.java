package io.serviceculture.plugin;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.event.api.EventPublisher;
import com.atlassian.jira.config.ConstantsManager;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.changehistory.ChangeHistoryManager;
import com.atlassian.jira.issue.comments.CommentManager;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.security.groups.GroupManager;
import com.atlassian.jira.timezone.TimeZoneManager;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.templaterenderer.TemplateRenderer;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import javax.inject.Named;

/**
 * Every service the app imports from Jira, in one place, so that the Spring Scanner index lists each import
 * once with a stable bean name. Other beans receive these by constructor injection; the fields are never read.
 */
@Named
@SuppressWarnings("UnusedVariable")
final class ComponentImports {
    @ComponentImport("activeObjects")
    private ActiveObjects activeObjects;

    @ComponentImport("salUserManager")
    private UserManager salUserManager;

    @ComponentImport("jiraUserManager")
    private com.atlassian.jira.user.util.UserManager jiraUserManager;

    @ComponentImport("i18nResolver")
    private I18nResolver i18nResolver;

    @ComponentImport("pluginSettingsFactory")
    private PluginSettingsFactory pluginSettingsFactory;

    @ComponentImport("jiraAuthenticationContext")
    private JiraAuthenticationContext jiraAuthenticationContext;

    @ComponentImport("permissionManager")
    private PermissionManager permissionManager;

    @ComponentImport("issueManager")
    private IssueManager issueManager;

    @ComponentImport("timeZoneManager")
    private TimeZoneManager timeZoneManager;

    @ComponentImport("groupManager")
    private GroupManager groupManager;

    @ComponentImport("templateRenderer")
    private TemplateRenderer templateRenderer;

    @ComponentImport("pageBuilderService")
    private PageBuilderService pageBuilderService;

    @ComponentImport("changeHistoryManager")
    private ChangeHistoryManager changeHistoryManager;

    @ComponentImport("commentManager")
    private CommentManager commentManager;

    @ComponentImport("constantsManager")
    private ConstantsManager constantsManager;

    @ComponentImport("eventPublisher")
    private EventPublisher eventPublisher;

    // people directory: the nightly reconciliation and the audit log (membership events use eventPublisher)
    @ComponentImport("schedulerService")
    private com.atlassian.scheduler.SchedulerService schedulerService;

    @ComponentImport("auditService")
    private com.atlassian.audit.api.AuditService auditService;

    // mail to people: queued through Jira, rendered in the recipient's language
    @ComponentImport("mailQueue")
    private com.atlassian.mail.queue.MailQueue mailQueue;

    @ComponentImport("localeResolver")
    private com.atlassian.sal.api.message.LocaleResolver localeResolver;

    // kudos: the receiver picker's user search, limited to people with a Jira licence
    @ComponentImport("userSearchService")
    private com.atlassian.jira.bc.user.search.UserSearchService userSearchService;

    @ComponentImport("applicationRoleManager")
    private com.atlassian.jira.application.ApplicationRoleManager applicationRoleManager;

    // service standards: the watchers an SLA warning or breach is mailed to
    @ComponentImport("watcherManager")
    private com.atlassian.jira.issue.watchers.WatcherManager watcherManager;

    // service standards: the projects whose issues an admin recompute walks through
    @ComponentImport("projectManager")
    private com.atlassian.jira.project.ProjectManager projectManager;

    // fair-recognition insights add kudos up with SQL GROUP BY, which Active Objects cannot express
    @ComponentImport("databaseAccessor")
    private com.atlassian.jira.database.DatabaseAccessor databaseAccessor;

    // company values read on every give: cached on each node, invalidated across the cluster when they change
    @ComponentImport("cacheManager")
    private com.atlassian.cache.CacheManager cacheManager;
}
