package io.serviceculture.standalone.pages;

import io.serviceculture.standalone.directory.HostUser;
import io.serviceculture.standalone.velocity.HostVelocity;
import io.serviceculture.standalone.web.CurrentUser;
import io.serviceculture.standalone.web.HostMessages;
import io.serviceculture.standalone.web.XsrfFilter;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashSet;
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
        Optional<HostUser> user = CurrentUser.get();
        Set<String> all = new LinkedHashSet<>(GENERAL_CONTEXTS);
        all.addAll(contexts);
        Map<String, Object> page = new HashMap<>(values);
        page.put("text", HostMessages.texts());
        page.put("title", HostMessages.text(titleKey));
        page.put("contextPath", request.getContextPath());
        page.put("currentUser", user.orElse(null));
        page.put("navItems", plugin().topNavigation(user));
        page.put("resourceTagsHtml", String.join("\n", plugin().resourceTags(all)));
        page.put("atlToken", String.valueOf(request.getAttribute(XsrfFilter.TOKEN_COOKIE)));
        page.put("body", template);
        response.setStatus(status);
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Cache-Control", "no-cache, no-store");
        velocity.render("host-templates/layout.vm", page, response.getWriter());
    }
}
