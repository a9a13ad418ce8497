package io.serviceculture.standalone.wiring;

import io.serviceculture.standalone.directory.HostDirectory;
import io.serviceculture.standalone.directory.HostUser;
import io.serviceculture.standalone.web.CurrentUser;
import io.serviceculture.standalone.web.HostErrors;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import javax.servlet.Servlet;
import javax.servlet.ServletConfig;
import javax.servlet.ServletException;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * A plugin servlet behind Jira 10's access rules, which are the REST v2 ones: the servlet class's annotation,
 * else its package's, else licensed users only. Anonymous visitors of a page that needs a user are sent to the
 * login page and back, as Jira's login filter does; logged-in users without the right get 403.
 */
final class ServletAccess implements Servlet {
    private final Servlet servlet;
    private final HostDirectory directory;
    private final RestAccessFeature.Access access;

    ServletAccess(Servlet servlet, HostDirectory directory) {
        this.servlet = servlet;
        this.directory = directory;
        this.access = RestAccessFeature.access(servlet.getClass());
    }

    @Override
    public void service(ServletRequest req, ServletResponse res) throws ServletException, IOException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        if (access == RestAccessFeature.Access.OPEN) {
            servlet.service(req, res);
            return;
        }
        Optional<HostUser> user = CurrentUser.get();
        if (user.isEmpty()) {
            String back =
                    request.getRequestURI().substring(request.getContextPath().length())
                            + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
            response.sendRedirect(request.getContextPath() + "/login.jsp?os_destination="
                    + URLEncoder.encode(back, StandardCharsets.UTF_8));
            return;
        }
        Optional<String> refusal = refusal(user.get().key());
        if (refusal.isPresent()) {
            HostErrors.send(response, HttpServletResponse.SC_FORBIDDEN, refusal.get());
            return;
        }
        servlet.service(req, res);
    }

    private Optional<String> refusal(String key) {
        switch (access) {
            case LICENSED:
                return directory.isLicensed(key)
                        ? Optional.empty()
                        : Optional.of("service-culture.host.error.unlicensed");
            case ADMIN:
                return directory.isAdmin(key) || directory.isSystemAdmin(key)
                        ? Optional.empty()
                        : Optional.of("service-culture.host.error.admin");
            case SYSTEM_ADMIN:
                return directory.isSystemAdmin(key)
                        ? Optional.empty()
                        : Optional.of("service-culture.host.error.sysadmin");
            default:
                return Optional.empty();
        }
    }

    @Override
    public void init(ServletConfig config) throws ServletException {
        servlet.init(config);
    }

    @Override
    public ServletConfig getServletConfig() {
        return servlet.getServletConfig();
    }

    @Override
    public String getServletInfo() {
        return servlet.getServletInfo();
    }

    @Override
    public void destroy() {
        servlet.destroy();
    }
}
