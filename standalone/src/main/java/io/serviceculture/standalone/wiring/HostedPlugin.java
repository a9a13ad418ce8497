package io.serviceculture.standalone.wiring;

import com.atlassian.plugin.web.Condition;
import com.atlassian.plugin.web.ContextProvider;
import com.atlassian.plugin.web.api.model.WebPanel;
import com.atlassian.sal.api.lifecycle.LifecycleAware;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.templaterenderer.TemplateRenderer;
import io.serviceculture.standalone.directory.HostDirectory;
import io.serviceculture.standalone.directory.HostUser;
import io.serviceculture.standalone.jira.HostIssue;
import io.serviceculture.standalone.jira.JiraStore;
import io.serviceculture.standalone.pages.PluginUi;
import io.serviceculture.standalone.pages.StaticResourceServlet;
import io.serviceculture.standalone.services.HostApplicationUser;
import io.serviceculture.standalone.services.HostIssueManager;
import io.serviceculture.standalone.web.CurrentUser;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;
import java.util.function.Predicate;
import javax.servlet.Servlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.ws.rs.Path;
import javax.ws.rs.ext.Provider;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;
import org.glassfish.jersey.servlet.ServletContainer;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.core.type.filter.AnnotationTypeFilter;

/**
 * The plugin as the host runs it: its descriptor, its Spring beans, and what they add to the host's web
 * application (REST, servlets, downloadable resources) and pages (web items, web resources, web panels).
 */
public final class HostedPlugin implements PluginUi, AutoCloseable {
    public static final String TOP_NAVIGATION = "system.top.navigation.bar";
    public static final String PROFILE_PANELS = "webpanels.user.profile.summary.custom";
    public static final String ISSUE_PANELS = "atl.jira.view.issue.right.context";

    private static final Logger LOG = LoggerFactory.getLogger(HostedPlugin.class);
    private static final String LOGGED_IN = "com.atlassian.jira.plugin.webfragment.conditions.UserLoggedInCondition";
    private static final String ADMIN = "com.atlassian.jira.plugin.webfragment.conditions.UserIsAdminCondition";
    private static final String SYSADMIN = "com.atlassian.jira.plugin.webfragment.conditions.UserIsSysAdminCondition";
    private static final Set<String> KNOWN_CONDITIONS = Set.of(LOGGED_IN, ADMIN, SYSADMIN);
    /** Web resources the host itself serves on every page, as Jira provides them to plugins. */
    private static final Set<String> HOST_PROVIDED =
            Set.of("com.atlassian.auiplugin:ajs", "jira.webresources:jira-global");

    private final PluginDescriptor descriptor;
    private final PluginContainer container;
    private final ClassLoader loader;
    private final String root;
    private final String contextPath;
    private final HostDirectory directory;
    private final JiraStore jira;
    private final I18nResolver i18n;
    private final TemplateRenderer renderer;
    private final List<LifecycleAware> started = new ArrayList<>();
    private final Map<String, WebPanel> panelBeans = new ConcurrentHashMap<>();
    private final List<XsrfExclusions> xsrfExcluded = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final Map<PluginDescriptor.Plugged, Condition> conditions = new ConcurrentHashMap<>();
    private final Map<PluginDescriptor.Plugged, ContextProvider> contextProviders = new ConcurrentHashMap<>();
    private volatile Predicate<String> webPanelsEnabled = key -> true;
    private volatile PanelListener panelListener = (key, nanos) -> {};

    /** Told how long each web panel took to render, for the panel load run. */
    @FunctionalInterface
    public interface PanelListener {
        /**
         * @param panelKey the web-panel module's key, e.g. {@code kudos-issue-panel}
         * @param nanos time in the panel's context provider and {@code getHtml}, in nanoseconds
         */
        void rendered(String panelKey, long nanos);
    }

    /**
     * @param root the folder of the classpath the plugin's {@code atlassian-plugin.xml} and index are in ("" for
     *     the app itself)
     */
    public HostedPlugin(
            ClassLoader loader,
            String root,
            String contextPath,
            HostServices services,
            JiraStore jira,
            PluginDescriptor descriptor) {
        this.loader = loader;
        this.root = root;
        this.contextPath = contextPath;
        this.directory = jira.directory();
        this.jira = jira;
        this.descriptor = descriptor;
        this.i18n = services.get(I18nResolver.class);
        this.renderer = services.get(TemplateRenderer.class);
        container = new PluginContainer(ScannerIndex.read(loader, root), services, loader);
        buildConditionsAndContextProviders();
        for (PluginDescriptor.WebPanel panel : descriptor.webPanels()) {
            panel.className().ifPresent(c -> {
                Object bean = container.instance(c);
                if (!(bean instanceof WebPanel)) {
                    throw new PluginWiringException("web-panel " + panel.key() + ": " + c + " is not a WebPanel");
                }
                panelBeans.put(panel.key(), (WebPanel) bean);
            });
        }
    }

    /** Reads {@code atlassian-plugin.xml} under {@code root} on the classpath. */
    public static PluginDescriptor readDescriptor(ClassLoader loader, String root) {
        try (InputStream in = loader.getResourceAsStream(root + "atlassian-plugin.xml")) {
            if (in == null) {
                throw new PluginWiringException("No " + root + "atlassian-plugin.xml on the classpath");
            }
            return PluginDescriptor.parse(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public PluginDescriptor descriptor() {
        return descriptor;
    }

    /**
     * The plugin's handlers for one of Jira's anonymisation modules, built as Jira builds a module's class: a new
     * instance with its constructor's dependencies from the plugin's beans and the host's services.
     */
    public <T> List<T> anonymizationHandlers(String module, Class<T> type) {
        List<T> handlers = new ArrayList<>();
        for (PluginDescriptor.Handler handler : descriptor.anonymizationHandlers()) {
            if (handler.module().equals(module)) {
                Object bean = container.instance(handler.className());
                if (!type.isInstance(bean)) {
                    throw new PluginWiringException(
                            module + " " + handler.key() + ": " + handler.className() + " is not a " + type.getName());
                }
                handlers.add(type.cast(bean));
            }
        }
        return handlers;
    }

    public PluginContainer container() {
        return container;
    }

    /** Whether a request (HTTP method, path in the context) goes to a resource method that opts out of XSRF. */
    public boolean xsrfExcluded(String method, String path) {
        return xsrfExcluded.stream().anyMatch(e -> e.matches(method, path));
    }

    private List<String> prefixes(PluginDescriptor.Rest rest) {
        return descriptor.restMounts().entrySet().stream()
                .filter(e -> e.getValue().equals(rest))
                .map(Map.Entry::getKey)
                .toList();
    }

    /** Adds the plugin's REST modules, servlets and downloadable resources through {@code addServlet}. */
    public void mount(BiConsumer<String, Map.Entry<Servlet, List<String>>> addServlet, RestAccessFeature access) {
        Map<PluginDescriptor.Rest, List<String>> restPatterns = new LinkedHashMap<>();
        descriptor.restMounts().forEach((prefix, rest) -> restPatterns
                .computeIfAbsent(rest, r -> new ArrayList<>())
                .add(prefix + "/*"));
        restPatterns.forEach((rest, patterns) -> addServlet.accept(
                "rest-" + rest.key(), Map.entry(new ServletContainer(resources(rest, access)), patterns)));
        for (PluginDescriptor.Servlet servlet : descriptor.servlets()) {
            Object bean = container.instance(servlet.className());
            if (!(bean instanceof Servlet)) {
                throw new PluginWiringException(
                        "servlet " + servlet.key() + ": " + servlet.className() + " is not a javax.servlet.Servlet");
            }
            List<String> patterns = servlet.urlPatterns().stream()
                    .map(p -> "/plugins/servlet" + (p.startsWith("/") ? p : "/" + p))
                    .toList();
            addServlet.accept(
                    "servlet-" + servlet.key(), Map.entry(new GuardedServlet((Servlet) bean, directory), patterns));
        }
        addServlet.accept("web-resources", Map.entry(new WebResourceServlet(), List.of("/download/resources/*")));
    }

    private ResourceConfig resources(PluginDescriptor.Rest rest, RestAccessFeature access) {
        ResourceConfig config = new ResourceConfig();
        config.setClassLoader(loader);
        config.property(ServerProperties.WADL_FEATURE_DISABLE, true);
        // Jersey's refusals keep their JSON body instead of becoming the container's error page
        config.property(ServerProperties.RESPONSE_SET_STATUS_OVER_SEND_ERROR, true);
        config.register(new RestErrorBodies());
        // Jackson without Jersey's own mappers for bad JSON: the plugin's exception mappers answer, as in Jira
        config.register(JacksonFeature.withoutExceptionMappers());
        config.register(access);
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.setResourceLoader(new DefaultResourceLoader(loader));
        scanner.addIncludeFilter(new AnnotationTypeFilter(Path.class));
        scanner.addIncludeFilter(new AnnotationTypeFilter(Provider.class));
        List<String> packages = rest.packages().isEmpty() ? List.of(rootPackage()) : rest.packages();
        int found = 0;
        for (String pkg : packages) {
            for (BeanDefinition candidate : scanner.findCandidateComponents(pkg)) {
                Class<?> type = container.load(candidate.getBeanClassName());
                config.register(container.instance(type));
                xsrfExcluded.addAll(XsrfExclusions.of(type, prefixes(rest)));
                found++;
            }
        }
        LOG.info(
                "REST module {} at /rest{}/{}: {} resources and providers",
                rest.key(),
                rest.path(),
                rest.version(),
                found);
        return config;
    }

    /** Without {@code <package>}, Jira scans the whole plugin: here, the package all its components share. */
    private String rootPackage() {
        List<String> names = ScannerIndex.read(loader, root).components().stream()
                .map(ScannerIndex.Entry::className)
                .toList();
        if (names.isEmpty()) {
            throw new PluginWiringException("a <rest> module without <package> in a plugin without components");
        }
        String prefix = names.get(0).substring(0, names.get(0).lastIndexOf('.'));
        for (String name : names) {
            while (!name.startsWith(prefix + ".")) {
                prefix = prefix.contains(".") ? prefix.substring(0, prefix.lastIndexOf('.')) : "";
            }
        }
        return prefix;
    }

    @Override
    public List<NavItem> topNavigation(Optional<HostUser> user) {
        return descriptor.webItems().stream()
                .filter(i -> i.section().equals(TOP_NAVIGATION))
                .filter(i -> allowed(i.conditions(), userContext()))
                .sorted(Comparator.comparingInt(PluginDescriptor.WebItem::weight))
                .map(i -> new NavItem(
                        i.key(),
                        i18n.getText(i.labelKey()),
                        i.link().startsWith("/") ? contextPath + i.link() : i.link()))
                .toList();
    }

    @Override
    public List<String> resourceTags(Set<String> contexts, Set<String> completeKeys) {
        Set<String> keys = new LinkedHashSet<>();
        String own = descriptor.key() + ":";
        for (String complete : completeKeys) {
            if (complete.startsWith(own)) {
                require(complete.substring(own.length()), keys, new LinkedHashSet<>());
            } else if (!hostProvided(complete)) {
                LOG.warn("A page requires the web resource {}, which the host does not provide", complete);
            }
        }
        for (PluginDescriptor.WebResource r : descriptor.webResources()) {
            if (r.contexts().stream().anyMatch(contexts::contains)) {
                require(r.key(), keys, new LinkedHashSet<>());
            }
        }
        List<String> tags = new ArrayList<>();
        for (String key : keys) {
            PluginDescriptor.WebResource r = webResource(key).orElseThrow();
            for (PluginDescriptor.Resource file : r.resources()) {
                String url = contextPath + "/download/resources/" + descriptor.key() + ":" + key + "/" + file.name();
                if (file.name().endsWith(".css")) {
                    tags.add("<link rel=\"stylesheet\" href=\"" + attribute(url) + "\">");
                } else if (file.name().endsWith(".js")) {
                    tags.add("<script src=\"" + attribute(url) + "\"></script>");
                }
            }
        }
        return tags;
    }

    /** Adds a web resource after the plugin's own ones it depends on. */
    private void require(String key, Set<String> ordered, Set<String> visiting) {
        if (ordered.contains(key) || !visiting.add(key)) {
            return;
        }
        PluginDescriptor.WebResource r = webResource(key)
                .orElseThrow(() -> new PluginWiringException("no web-resource " + key + " in the descriptor"));
        for (String dependency : r.dependencies()) {
            String own = descriptor.key() + ":";
            if (dependency.startsWith(own)) {
                require(dependency.substring(own.length()), ordered, visiting);
            } else if (!hostProvided(dependency)) {
                LOG.warn("web-resource {} depends on {}, which the host does not provide", key, dependency);
            }
        }
        ordered.add(key);
    }

    /** AUI's web resources all come with the host's AUI bundle; Jira's global resources are the host's pages. */
    private static boolean hostProvided(String completeKey) {
        return completeKey.startsWith("com.atlassian.auiplugin:") || HOST_PROVIDED.contains(completeKey);
    }

    private Optional<PluginDescriptor.WebResource> webResource(String key) {
        return descriptor.webResources().stream()
                .filter(r -> r.key().equals(key))
                .findFirst();
    }

    @Override
    public List<String> profilePanels(HostUser profileUser) {
        Map<String, Object> context = new HashMap<>();
        context.put("profileUser", new HostApplicationUser(profileUser));
        CurrentUser.get().ifPresent(u -> {
            context.put("currentUser", new HostApplicationUser(u));
            context.put("user", new HostApplicationUser(u));
        });
        return panels(PROFILE_PANELS, context);
    }

    @Override
    public List<String> issuePanels(HostIssue issue) {
        Map<String, Object> context = new HashMap<>();
        context.put("issue", new HostIssueManager.JiraIssue(issue));
        jira.project(issue.projectId()).ifPresent(p -> context.put("project", p));
        CurrentUser.get().ifPresent(u -> {
            context.put("currentUser", new HostApplicationUser(u));
            context.put("user", new HostApplicationUser(u));
        });
        return panels(ISSUE_PANELS, context);
    }

    /**
     * Turns the plugin's web-panel modules off or on, as Jira's plugin manager disables an app's modules: pages
     * then render without them. The scale benchmark measures what the app's panels add to a page this way.
     */
    public void setWebPanelsEnabled(boolean enabled) {
        webPanelsEnabled = key -> enabled;
    }

    /** Enables only the web-panel modules whose keys pass, so a panel's cost can be measured alone. */
    public void setWebPanelsEnabled(Predicate<String> panelKeys) {
        webPanelsEnabled = panelKeys;
    }

    /** The keys of the plugin's web panels at a location, by weight. */
    public List<String> panelKeys(String location) {
        return descriptor.webPanels().stream()
                .filter(p -> p.location().equals(location))
                .sorted(Comparator.comparingInt(PluginDescriptor.WebPanel::weight))
                .map(PluginDescriptor.WebPanel::key)
                .toList();
    }

    /** Replaces the panel listener; {@code null} stops listening. */
    public void listenToPanels(@Nullable PanelListener listener) {
        panelListener = listener == null ? (key, nanos) -> {} : listener;
    }

    /** The panels at a location the user may see, by weight; a failing panel shows an error, not a broken page. */
    public List<String> panels(String location, Map<String, Object> context) {
        List<String> html = new ArrayList<>();
        Predicate<String> enabled = webPanelsEnabled;
        PanelListener listener = panelListener;
        descriptor.webPanels().stream()
                .filter(p -> p.location().equals(location))
                .filter(p -> enabled.test(p.key()))
                .sorted(Comparator.comparingInt(PluginDescriptor.WebPanel::weight))
                .forEach(panel -> {
                    // the panel's conditions are part of its cost on every page view
                    long start = System.nanoTime();
                    try {
                        if (allowed(panel.conditions(), context)) {
                            html.add(render(panel, new HashMap<>(context)));
                        }
                        listener.rendered(panel.key(), System.nanoTime() - start);
                    } catch (IOException | RuntimeException e) {
                        LOG.error("web-panel {} failed", panel.key(), e);
                        html.add("<div class=\"aui-message aui-message-error\">Error rendering '"
                                + attribute(descriptor.key() + ":" + panel.key()) + "'.</div>");
                    }
                });
        return html;
    }

    /** What Jira puts in a web item's context: the user ({@code user}), if any. */
    private static Map<String, Object> userContext() {
        Map<String, Object> context = new HashMap<>();
        CurrentUser.get().ifPresent(u -> context.put("user", new HostApplicationUser(u)));
        return context;
    }

    private String render(PluginDescriptor.WebPanel panel, Map<String, Object> incoming) throws IOException {
        Map<String, Object> context = panel.contextProvider()
                .map(p -> contextProviders.get(p).getContextMap(incoming))
                .orElse(incoming);
        WebPanel bean = panelBeans.get(panel.key());
        if (bean != null) {
            return bean.getHtml(context);
        }
        StringWriter out = new StringWriter();
        renderer.render(panel.template().orElseThrow(), context, out);
        return out.toString();
    }

    /** Makes each plugin condition and context provider once, with its params, as Jira does at module load. */
    private void buildConditionsAndContextProviders() {
        List<PluginDescriptor.Plugged> all = new ArrayList<>();
        descriptor.webPanels().forEach(p -> all.addAll(p.conditions()));
        descriptor.webItems().forEach(i -> all.addAll(i.conditions()));
        for (PluginDescriptor.Plugged c : all) {
            if (KNOWN_CONDITIONS.contains(c.className()) || conditions.containsKey(c)) {
                continue;
            }
            Object bean = container.instance(c.className());
            if (!(bean instanceof Condition)) {
                throw new PluginWiringException(c.className() + " is not a com.atlassian.plugin.web.Condition");
            }
            ((Condition) bean).init(c.params());
            conditions.put(c, (Condition) bean);
        }
        for (PluginDescriptor.WebPanel panel : descriptor.webPanels()) {
            if (panel.contextProvider().isEmpty()) {
                continue;
            }
            PluginDescriptor.Plugged p = panel.contextProvider().get();
            Object bean = container.instance(p.className());
            if (!(bean instanceof ContextProvider)) {
                throw new PluginWiringException(p.className() + " is not a com.atlassian.plugin.web.ContextProvider");
            }
            ((ContextProvider) bean).init(p.params());
            contextProviders.put(p, (ContextProvider) bean);
        }
    }

    private boolean allowed(List<PluginDescriptor.Plugged> required, Map<String, Object> context) {
        Optional<String> user = CurrentUser.key();
        for (PluginDescriptor.Plugged condition : required) {
            boolean holds;
            switch (condition.className()) {
                case LOGGED_IN:
                    holds = user.isPresent();
                    break;
                case ADMIN:
                    holds = user.map(k -> directory.isAdmin(k) || directory.isSystemAdmin(k))
                            .orElse(false);
                    break;
                case SYSADMIN:
                    holds = user.map(directory::isSystemAdmin).orElse(false);
                    break;
                default:
                    holds = conditions.get(condition).shouldDisplay(context);
                    break;
            }
            if (holds == condition.invert()) {
                return false;
            }
        }
        return true;
    }

    private static String attribute(String s) {
        return s.replace("&", "&amp;")
                .replace("\"", "&quot;")
                .replace("<", "&lt;")
                .replace(">", "&gt;");
    }

    /**
     * Tells the beans exported as SAL's {@code LifecycleAware} that the plugin has started, as Jira does once the
     * plugin is enabled and the application is up.
     */
    public void start() {
        for (LifecycleAware bean : container.exportedAs(LifecycleAware.class)) {
            bean.onStart();
            started.add(bean);
        }
    }

    @Override
    public void close() {
        for (LifecycleAware bean : started) {
            try {
                bean.onStop();
            } catch (RuntimeException e) {
                LOG.warn("{} failed to stop", bean, e);
            }
        }
        started.clear();
        container.close();
    }

    /** Serves {@code /download/resources/<plugin key>:<web-resource key>/<name>} from the plugin's classpath. */
    private final class WebResourceServlet extends HttpServlet {
        private static final long serialVersionUID = 1L;

        @Override
        protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
            String path = request.getPathInfo() == null ? "" : request.getPathInfo();
            int slash = path.indexOf('/', 1);
            String complete = slash < 0 ? "" : path.substring(1, slash);
            String name = slash < 0 ? "" : path.substring(slash + 1);
            String own = descriptor.key() + ":";
            Optional<String> location = complete.startsWith(own)
                    ? webResource(complete.substring(own.length())).flatMap(r -> r.resources().stream()
                            .filter(f -> f.name().equals(name))
                            .map(PluginDescriptor.Resource::location)
                            .findFirst())
                    : Optional.empty();
            if (location.isEmpty()) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            StaticResourceServlet.serve(loader, location.get(), response);
        }
    }
}
