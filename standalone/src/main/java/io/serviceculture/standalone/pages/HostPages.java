package io.serviceculture.standalone.pages;

import io.serviceculture.standalone.directory.HostUser;
import io.serviceculture.standalone.velocity.HostVelocity;
import io.serviceculture.standalone.velocity.Html;
import io.serviceculture.standalone.web.CurrentUser;
import io.serviceculture.standalone.web.HostMessages;
import io.serviceculture.standalone.web.RequestResources;
import io.serviceculture.standalone.web.XsrfFilter;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** Renders the host's Jira-like pages: AUI, the top navigation and the plugin's web resources for the page. */
public final class HostPages {
    /** Web-resource contexts Jira includes on every page. */
    private static final Set<String> GENERAL_CONTEXTS = Set.of("atl.general", "jira.general");

    private final HostVelocity velocity;
    private final Supplier<PluginUi> plugin;

    public HostPages(HostVelocity velocity, Supplier<PluginUi> plugin) {
        this.velocity = velocity;
        this.plugin = plugin;
    }

    PluginUi plugin() {
        return plugin.get();
    }

    /** Sends anonymous users to the login page, coming back here after; true when the page may go on. */
    static boolean requireLogin(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (CurrentUser.get().isPresent()) {
            return true;
        }
        String here = request.getRequestURI().substring(request.getContextPath().length())
                + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        response.sendRedirect(request.getContextPath() + "/login.jsp?os_destination="
                + URLEncoder.encode(here, StandardCharsets.UTF_8));
        return false;
    }

    void render(
            HttpServletRequest request,
            HttpServletResponse response,
            int status,
            String template,
            String titleKey,
            Set<String> contexts,
            Map<String, Object> values)
            throws IOException {
        Map<String, Object> page = new HashMap<>(values);
        page.put("body", template);
        write(
                request,
                response,
                status,
                new Html().escape(HostMessages.text(titleKey)).toString(),
                contexts,
                page);
    }

    /**
     * Puts a plugin page that asked for a decorator ({@code <meta name="decorator">}) inside the host's page, as
     * Jira's SiteMesh does: its title, the rest of its head, and its body.
     */
    public void renderDecorated(
            HttpServletRequest request,
            HttpServletResponse response,
            int status,
            String titleHtml,
            String headHtml,
            String bodyHtml,
            Set<String> contexts)
            throws IOException {
        Map<String, Object> page = new HashMap<>();
        page.put("body", "host-templates/decorated.vm");
        page.put("pluginHeadHtml", headHtml);
        page.put("pluginBodyHtml", bodyHtml);
        // Jira's admin decorator sets the content on a white page panel; AUI's grey page shows through otherwise
        page.put("adminPanel", contexts.contains("atl.admin"));
        write(request, response, status, titleHtml, contexts, page);
    }

    private void write(
            HttpServletRequest request,
            HttpServletResponse response,
            int status,
            String titleHtml,
            Set<String> contexts,
            Map<String, Object> page)
            throws IOException {
        Optional<HostUser> user = CurrentUser.get();
        Set<String> all = new LinkedHashSet<>(GENERAL_CONTEXTS);
        all.addAll(contexts);
        all.addAll(RequestResources.contexts());
        page.put("text", HostMessages.texts());
        page.put("titleHtml", titleHtml);
        page.put("contextPath", request.getContextPath());
        page.put("currentUser", user.orElse(null));
        // as Jira, the page declares the viewer's language, so screen readers pronounce German text as German
        page.put("language", user.map(HostUser::locale).orElse(Locale.UK).toLanguageTag());
        page.put("navItems", plugin().topNavigation(user));
        page.put("resourceTagsHtml", String.join("\n", plugin().resourceTags(all, RequestResources.webResources())));
        page.put("atlToken", String.valueOf(request.getAttribute(XsrfFilter.TOKEN_COOKIE)));
        response.setStatus(status);
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Cache-Control", "no-cache, no-store");
        velocity.render("host-templates/layout.vm", page, response.getWriter());
    }
}
