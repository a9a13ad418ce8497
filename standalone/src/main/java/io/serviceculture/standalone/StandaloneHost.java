package io.serviceculture.standalone;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.activeobjects.external.ModelVersion;
import com.atlassian.audit.api.AuditService;
import com.atlassian.event.api.EventPublisher;
import com.atlassian.jira.config.ConstantsManager;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.changehistory.ChangeHistoryManager;
import com.atlassian.jira.issue.comments.CommentManager;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.security.groups.GroupManager;
import com.atlassian.jira.timezone.TimeZoneManager;
import com.atlassian.mail.queue.MailQueue;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.sal.api.message.LocaleResolver;
import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;
import com.atlassian.scheduler.SchedulerService;
import com.atlassian.templaterenderer.TemplateRenderer;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.serviceculture.aobridge.AoEntityManagers;
import io.serviceculture.aobridge.AoTablePrefix;
import io.serviceculture.aobridge.AoUpgrades;
import io.serviceculture.aobridge.EntityManagerActiveObjects;
import io.serviceculture.standalone.cluster.DatabaseClusterLock;
import io.serviceculture.standalone.cluster.DatabaseJobClaims;
import io.serviceculture.standalone.cluster.HostCacheManager;
import io.serviceculture.standalone.db.HostDatabase;
import io.serviceculture.standalone.directory.HostDirectory;
import io.serviceculture.standalone.importer.DemoData;
import io.serviceculture.standalone.importer.ImportSource;
import io.serviceculture.standalone.importer.JiraImporter;
import io.serviceculture.standalone.jira.JiraStore;
import io.serviceculture.standalone.pages.DashboardServlet;
import io.serviceculture.standalone.pages.DecoratorFilter;
import io.serviceculture.standalone.pages.HostPages;
import io.serviceculture.standalone.pages.IssueServlet;
import io.serviceculture.standalone.pages.LoginServlet;
import io.serviceculture.standalone.pages.LogoutServlet;
import io.serviceculture.standalone.pages.PluginUi;
import io.serviceculture.standalone.pages.ProfileServlet;
import io.serviceculture.standalone.pages.RootServlet;
import io.serviceculture.standalone.pages.StaticResourceServlet;
import io.serviceculture.standalone.services.HostAuditService;
import io.serviceculture.standalone.services.HostAuthenticationContext;
import io.serviceculture.standalone.services.HostChangeHistoryManager;
import io.serviceculture.standalone.services.HostCommentManager;
import io.serviceculture.standalone.services.HostCommentServlet;
import io.serviceculture.standalone.services.HostConstantsManager;
import io.serviceculture.standalone.services.HostEventPublisher;
import io.serviceculture.standalone.services.HostGroupManager;
import io.serviceculture.standalone.services.HostI18nResolver;
import io.serviceculture.standalone.services.HostIssueManager;
import io.serviceculture.standalone.services.HostJiraUserManager;
import io.serviceculture.standalone.services.HostLifecycle;
import io.serviceculture.standalone.services.HostLocaleResolver;
import io.serviceculture.standalone.services.HostMailQueue;
import io.serviceculture.standalone.services.HostPageBuilderService;
import io.serviceculture.standalone.services.HostPermissionManager;
import io.serviceculture.standalone.services.HostPluginSettingsFactory;
import io.serviceculture.standalone.services.HostProjectManager;
import io.serviceculture.standalone.services.HostSalUserManager;
import io.serviceculture.standalone.services.HostSchedulerService;
import io.serviceculture.standalone.services.HostSmtpServer;
import io.serviceculture.standalone.services.HostTemplateRenderer;
import io.serviceculture.standalone.services.HostTimeZoneManager;
import io.serviceculture.standalone.services.HostWatcherManager;
import io.serviceculture.standalone.velocity.HostVelocity;
import io.serviceculture.standalone.velocity.VelocityAllowlist;
import io.serviceculture.standalone.web.AuthFilter;
import io.serviceculture.standalone.web.BodyLimitFilter;
import io.serviceculture.standalone.web.MyselfServlet;
import io.serviceculture.standalone.web.ServerTimingFilter;
import io.serviceculture.standalone.web.XsrfFilter;
import io.serviceculture.standalone.wiring.HostServices;
import io.serviceculture.standalone.wiring.HostedPlugin;
import io.serviceculture.standalone.wiring.PluginDescriptor;
import io.serviceculture.standalone.wiring.PluginWiringException;
import io.serviceculture.standalone.wiring.RestAccessFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javax.servlet.Filter;
import javax.servlet.Servlet;
import net.java.ao.RawEntity;
import org.apache.catalina.Context;
import org.apache.catalina.LifecycleException;
import org.apache.catalina.Wrapper;
import org.apache.catalina.core.StandardContext;
import org.apache.catalina.startup.Tomcat;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.tomcat.util.descriptor.web.FilterDef;
import org.apache.tomcat.util.descriptor.web.FilterMap;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The app outside Jira: embedded Tomcat serving the host's Jira-like pages and whatever the plugin's descriptor
 * declares, over H2 (or PostgreSQL), with users, projects and issues imported from Jira REST JSON.
 */
public final class StandaloneHost implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(StandaloneHost.class);

    private final HostOptions options;
    private final HostDirectory directory = new HostDirectory();
    private final JiraStore jira = new JiraStore(directory);
    private final HostEventPublisher events = new HostEventPublisher();
    private final AtomicReference<PluginUi> pluginUi = new AtomicReference<>(PluginUi.none());
    private final HostDatabase database;
    private final HostSchedulerService scheduler;
    private final DatabaseClusterLock clusterLock;
    private final HostCacheManager caches;
    private final HostAuditService audit = new HostAuditService();
    private final ServerTimingFilter serverTiming = new ServerTimingFilter();
    private final GreenMail mail;
    private @Nullable HostMailQueue mailQueue;
    private final Tomcat tomcat;
    private final Path workDir;
    private HostedPlugin plugin;

    private StandaloneHost(HostOptions options) throws IOException {
        this.options = options;
        Files.createDirectories(options.dataDir());
        workDir = Files.createDirectories(options.dataDir().resolve("tomcat"));
        database = HostDatabase.open(options.dataDir(), options.database());
        // cluster: nodes on one database share their scheduled jobs' next runs and a lock for start-up work
        scheduler = new HostSchedulerService(new DatabaseJobClaims(database.dataSource()), options.nodeId());
        clusterLock = new DatabaseClusterLock(database.dataSource(), options.nodeId());
        caches = new HostCacheManager(database.dataSource());
        mail = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        tomcat = new Tomcat();
    }

    /** Starts the host and returns when it serves requests. */
    public static StandaloneHost start(HostOptions options) {
        try {
            StandaloneHost host = new StandaloneHost(options);
            try {
                host.boot();
            } catch (IOException | LifecycleException | RuntimeException e) {
                // release the port, the SMTP server and the database before reporting why
                host.close();
                throw e;
            }
            return host;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (LifecycleException e) {
            throw new IllegalStateException("Tomcat did not start", e);
        }
    }

    /** Tomcat logs through java.util.logging; keep its start-up chatter out of the console. */
    private static final java.util.logging.Logger TOMCAT_LOG = java.util.logging.Logger.getLogger("org.apache");
    /** Jersey warns that resource objects are no providers, and that javax.activation is absent: both by design. */
    private static final List<java.util.logging.Logger> JERSEY_LOGS = List.of(
            java.util.logging.Logger.getLogger("org.glassfish.jersey.internal.inject.Providers"),
            java.util.logging.Logger.getLogger("org.glassfish.jersey.message.internal.MessagingBinders"));

    static {
        TOMCAT_LOG.setLevel(java.util.logging.Level.WARNING);
        JERSEY_LOGS.forEach(l -> l.setLevel(java.util.logging.Level.SEVERE));
    }

    private void boot() throws IOException, LifecycleException {
        importData();
        mail.start();
        HostVelocity hostVelocity = new HostVelocity(
                VelocityAllowlist.of(List.of(), List.of("io.serviceculture.standalone.", "io.serviceculture.core.")),
                getClass().getClassLoader());
        HostPages pages = new HostPages(hostVelocity, pluginUi::get);
        plugin = loadPlugin();
        pluginUi.set(plugin);

        tomcat.setBaseDir(workDir.toAbsolutePath().toString());
        tomcat.setPort(options.port());
        tomcat.getConnector().setProperty("maxPostSize", String.valueOf(BodyLimitFilter.LIMIT));
        ErrorReportValve quiet = new ErrorReportValve();
        quiet.setShowReport(false);
        quiet.setShowServerInfo(false);
        tomcat.getHost().getPipeline().addValve(quiet);
        Path docBase = Files.createDirectories(workDir.resolve("docbase"));
        Context context = tomcat.addContext(
                options.contextPath(), docBase.toAbsolutePath().toString());
        context.setSessionTimeout(60);
        if (context instanceof StandardContext) {
            // the host's classes are not a web app to clean up after: these checks only warn on Java 17
            StandardContext standard = (StandardContext) context;
            standard.setClearReferencesObjectStreamClassCaches(false);
            standard.setClearReferencesRmiTargets(false);
            standard.setClearReferencesThreadLocals(false);
        }

        // first, so a request's server time covers every other filter too
        addFilter(context, "server-timing", serverTiming);
        addFilter(context, "body-limit", new BodyLimitFilter());
        addFilter(context, "auth", new AuthFilter(directory));
        addFilter(context, "xsrf", new XsrfFilter(plugin::xsrfExcluded));
        addFilter(context, "decorator", new DecoratorFilter(pages), "/plugins/servlet/*");

        addServlet(context, "root", new RootServlet(), "/");
        addServlet(context, "login", new LoginServlet(directory, pages), "/login.jsp");
        addServlet(context, "logout", new LogoutServlet(), "/logout", "/secure/Logout!default.jspa");
        addServlet(context, "dashboard", new DashboardServlet(jira, pages), "/secure/Dashboard.jspa");
        addServlet(context, "profile", new ProfileServlet(directory, pages), "/secure/ViewProfile.jspa");
        addServlet(context, "issue", new IssueServlet(jira, pages), "/browse/*");
        addServlet(context, "myself", new MyselfServlet(directory), "/rest/api/2/myself");
        addServlet(
                context,
                "comment",
                new HostCommentServlet(jira, events, Clock.systemUTC()),
                HostCommentServlet.PATTERN);
        addServlet(context, "static", new StaticResourceServlet(getClass().getClassLoader(), "static"), "/static/*");

        plugin.mount(
                (name, servlet) -> addServlet(
                        context, name, servlet.getKey(), servlet.getValue().toArray(String[]::new)),
                new RestAccessFeature(directory));

        tomcat.start();
        plugin.start();
        LOG.info(
                "Service Culture standalone host node {} at {} ({} users, {} issues, {}, SMTP on port {})",
                options.nodeId(),
                baseUri(),
                directory.users().size(),
                jira.issues().size(),
                database,
                smtpPort());
    }

    /** Reads the plugin's descriptor and index and builds its beans over the host's services. */
    private HostedPlugin loadPlugin() {
        ClassLoader loader = getClass().getClassLoader();
        PluginDescriptor descriptor = HostedPlugin.readDescriptor(loader, options.pluginRoot());
        HostI18nResolver i18n = new HostI18nResolver(descriptor.i18nBundles(), loader);
        HostVelocity pluginVelocity = new HostVelocity(
                VelocityAllowlist.of(
                        descriptor.velocityAllowlist(),
                        // Jira allowlists its own objects in a plugin's context; here, the host's
                        List.of("io.serviceculture.standalone.services.", "io.serviceculture.standalone.velocity.")),
                loader);
        HostPluginSettingsFactory pluginSettings = new HostPluginSettingsFactory(database.dataSource(), caches);
        HostServices services = new HostServices()
                .provide(com.atlassian.sal.api.user.UserManager.class, new HostSalUserManager(directory))
                .provide(com.atlassian.jira.user.util.UserManager.class, new HostJiraUserManager(directory))
                .provide(JiraAuthenticationContext.class, new HostAuthenticationContext())
                .provide(PermissionManager.class, new HostPermissionManager(jira))
                .provide(IssueManager.class, new HostIssueManager(jira))
                .provide(TimeZoneManager.class, new HostTimeZoneManager(directory))
                .provide(GroupManager.class, new HostGroupManager(directory))
                .provide(I18nResolver.class, i18n)
                .provide(TemplateRenderer.class, new HostTemplateRenderer(pluginVelocity, i18n))
                .provide(PluginSettingsFactory.class, pluginSettings)
                .provide(PageBuilderService.class, new HostPageBuilderService())
                .provide(ChangeHistoryManager.class, new HostChangeHistoryManager(jira))
                .provide(CommentManager.class, new HostCommentManager(jira))
                .provide(ConstantsManager.class, new HostConstantsManager(jira))
                .provide(EventPublisher.class, events)
                .provide(SchedulerService.class, scheduler)
                .provide(AuditService.class, audit)
                // mail: Jira's queue sends through the configured SMTP server, here GreenMail
                .provide(MailQueue.class, mailQueue())
                .provide(LocaleResolver.class, new HostLocaleResolver(directory))
                // kudos: the receiver picker's user search and its licence check
                .provide(
                        com.atlassian.jira.bc.user.search.UserSearchService.class,
                        new io.serviceculture.standalone.services.HostUserSearchService(directory))
                .provide(
                        com.atlassian.jira.application.ApplicationRoleManager.class,
                        new io.serviceculture.standalone.services.HostApplicationRoleManager(directory))
                // service standards: watchers told of SLA warnings and breaches
                .provide(com.atlassian.jira.issue.watchers.WatcherManager.class, new HostWatcherManager(jira))
                // and the projects whose issues an admin recompute walks through
                .provide(com.atlassian.jira.project.ProjectManager.class, new HostProjectManager(jira))
                // fair-recognition insights: SQL aggregates over the app's tables
                .provide(
                        com.atlassian.jira.database.DatabaseAccessor.class,
                        new io.serviceculture.standalone.services.HostDatabaseAccessor(database.dataSource()))
                // kudos performance: company values cached on each node, invalidated across nodes by version
                .provide(com.atlassian.cache.CacheManager.class, caches)
                .provide(ActiveObjects.class, activeObjects(descriptor, loader, pluginSettings));
        return new HostedPlugin(loader, options.pluginRoot(), options.contextPath(), services, jira, descriptor);
    }

    private HostMailQueue mailQueue() {
        HostMailQueue queue = new HostMailQueue(new HostSmtpServer(smtpPort()));
        mailQueue = queue;
        return queue;
    }

    /**
     * Active Objects over the host database, with the tables named as Jira names them for the descriptor's
     * {@code <ao namespace>}. At start, as Jira's AO plugin does and under a cluster lock so one node at a time does
     * it, the descriptor's {@code <upgradeTask>}s newer than the stored model version run, then its entities are
     * migrated.
     */
    private ActiveObjects activeObjects(
            PluginDescriptor descriptor, ClassLoader loader, PluginSettingsFactory pluginSettings) {
        String namespace = descriptor.aoNamespace().orElse(descriptor.key());
        EntityManagerActiveObjects ao =
                new EntityManagerActiveObjects(AoEntityManagers.forDataSource(database.dataSource(), namespace));
        List<Class<? extends RawEntity<?>>> entities = new ArrayList<>();
        for (String name : descriptor.aoEntities()) {
            Class<?> type = aoClass(name, loader, "entity");
            if (!RawEntity.class.isAssignableFrom(type)) {
                throw new PluginWiringException("<ao> entity " + name + " is not an Active Objects entity");
            }
            @SuppressWarnings("unchecked")
            Class<? extends RawEntity<?>> entity = (Class<? extends RawEntity<?>>) type;
            entities.add(entity);
        }
        List<ActiveObjectsUpgradeTask> tasks = new ArrayList<>();
        for (String name : descriptor.aoUpgradeTasks()) {
            tasks.add(upgradeTask(aoClass(name, loader, "upgradeTask")));
        }
        @SuppressWarnings({"unchecked", "rawtypes"})
        Class<? extends RawEntity<?>>[] array = entities.toArray(new Class[0]);
        clusterLock.runLocked("ao-upgrade:" + namespace, Duration.ofMinutes(2), () -> {
            ModelVersion version = AoUpgrades.upgradeAndMigrate(
                    ao, pluginSettings.createGlobalSettings(), AoTablePrefix.forNamespace(namespace), tasks, array);
            LOG.info("The app's tables are at model version {} on node {}", version, options.nodeId());
        });
        return ao;
    }

    private static Class<?> aoClass(String name, ClassLoader loader, String element) {
        try {
            return Class.forName(name, false, loader);
        } catch (ClassNotFoundException e) {
            throw new PluginWiringException("<ao> " + element + " " + name + " is not on the classpath", e);
        }
    }

    /** Jira builds an upgrade task as a bean of the app; the host's tasks need nothing, so a public constructor does. */
    private static ActiveObjectsUpgradeTask upgradeTask(Class<?> type) {
        if (!ActiveObjectsUpgradeTask.class.isAssignableFrom(type)) {
            throw new PluginWiringException("<ao> upgradeTask " + type.getName() + " is no ActiveObjectsUpgradeTask");
        }
        try {
            return (ActiveObjectsUpgradeTask) type.getConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new PluginWiringException(
                    "<ao> upgradeTask " + type.getName() + " needs a public constructor without parameters here", e);
        }
    }

    private void importData() {
        JiraImporter importer = new JiraImporter(jira);
        if (options.demo()) {
            JiraImporter.Summary demo = importer.importFrom(ImportSource.classpath(DemoData.FOLDER));
            int synthetic = DemoData.addSyntheticIssues(jira, importer);
            LOG.info("Imported the demo: {} and {} synthetic issues", demo, synthetic);
        }
        for (String folder : options.classpathImports()) {
            LOG.info("Imported {}: {}", folder, importer.importFrom(ImportSource.classpath(folder)));
        }
        for (Path dir : options.importDirs()) {
            LOG.info("Imported {}: {}", dir, importer.importFrom(ImportSource.directory(dir)));
        }
    }

    private static void addFilter(Context context, String name, Filter filter) {
        addFilter(context, name, filter, "/*");
    }

    private static void addFilter(Context context, String name, Filter filter, String pattern) {
        FilterDef def = new FilterDef();
        def.setFilterName(name);
        def.setFilter(filter);
        def.setAsyncSupported("true");
        context.addFilterDef(def);
        FilterMap map = new FilterMap();
        map.setFilterName(name);
        map.addURLPattern(pattern);
        context.addFilterMap(map);
    }

    private static void addServlet(Context context, String name, Servlet servlet, String... patterns) {
        Wrapper wrapper = Tomcat.addServlet(context, name, servlet);
        wrapper.setAsyncSupported(true);
        for (String pattern : patterns) {
            context.addServletMappingDecoded(pattern, name);
        }
    }

    public int port() {
        return tomcat.getConnector().getLocalPort();
    }

    /** e.g. {@code http://localhost:2990/jira}, without a trailing slash. */
    public URI baseUri() {
        return URI.create("http://localhost:" + port() + options.contextPath());
    }

    public int smtpPort() {
        return mail.getSmtp().getPort();
    }

    public GreenMail mail() {
        return mail;
    }

    public HostDirectory directory() {
        return directory;
    }

    public JiraStore jira() {
        return jira;
    }

    /**
     * Deletes and moves issues, deletes projects, deactivates, renames and anonymises people, with the events and
     * handler calls Jira makes, so tests drive the app's data lifecycle for real.
     */
    public HostLifecycle lifecycle() {
        return new HostLifecycle(jira, events, this::plugin);
    }

    /** Jira's event bus: what the host publishes when an issue changes reaches the plugin's listeners. */
    public HostEventPublisher events() {
        return events;
    }

    public HostedPlugin plugin() {
        return plugin;
    }

    public HostDatabase database() {
        return database;
    }

    @Override
    public void close() {
        try {
            if (plugin != null) {
                plugin.close();
            }
            // before Tomcat: sending a mail loads mail classes through the web application, stopped with Tomcat
            closeMailQueue();
            tomcat.stop();
            tomcat.destroy();
        } catch (LifecycleException e) {
            LOG.warn("Tomcat did not stop cleanly", e);
        } finally {
            scheduler.close();
            caches.close();
            closeMailQueue();
            mail.stop();
            database.close();
        }
    }

    /** Idempotent: the close of a closed queue returns at once. */
    private void closeMailQueue() {
        if (mailQueue != null) {
            mailQueue.close();
        }
    }

    /** How many HTTP sessions Tomcat holds now: logins make them, Basic-authenticated calls must not. */
    public int activeSessions() {
        Context context = (Context) tomcat.getHost().findChild(options.contextPath());
        return context == null || context.getManager() == null
                ? 0
                : context.getManager().getActiveSessions();
    }

    public HostOptions options() {
        return options;
    }

    /** This host's node id in its cluster, {@code node-1} unless told. */
    public String nodeId() {
        return options.nodeId();
    }

    /** The host's caches, so tests can look for other nodes' invalidations at once. */
    public HostCacheManager caches() {
        return caches;
    }

    /** The host's scheduler, so tests can run the app's jobs at once. */
    public HostSchedulerService scheduler() {
        return scheduler;
    }

    /** Each request's server time, for load runs in this JVM. */
    public ServerTimingFilter serverTiming() {
        return serverTiming;
    }

    /** What the app has written to the audit log. */
    public HostAuditService audit() {
        return audit;
    }

    public static void main(String[] args) {
        HostOptions options;
        try {
            options = HostOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        StandaloneHost host = start(options);
        Runtime.getRuntime().addShutdownHook(new Thread(host::close, "host-shutdown"));
        System.out.println("Service Culture for Jira (standalone) is running at " + host.baseUri());
        if (options.demo()) {
            System.out.println(DemoData.loginsHelp());
        }
        host.tomcat.getServer().await();
    }
}
