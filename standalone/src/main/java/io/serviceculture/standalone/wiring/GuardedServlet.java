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
 * A plugin servlet behind Jira 10's access rules for servlets (the REST v2 annotations on its class or package;
 * none means licensed users only): anonymous visitors go to the login page, users without the right get 403.
 */
final class GuardedServlet implements Servlet {
    private final Servlet servlet;
    private final RestAccessFeature.Access access;
    private final HostDirectory directory;

    GuardedServlet(Servlet servlet, HostDirectory directory) {
        this.servlet = servlet;
        this.access = RestAccessFeature.access(servlet.getClass());
        this.directory = directory;
    }

    @Override
    public void service(ServletRequest req, ServletResponse res) throws ServletException, IOException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        if (access != RestAccessFeature.Access.OPEN) {
            Optional<HostUser> user = CurrentUser.get();
            if (user.isEmpty()) {
                String here = request.getRequestURI()
                                .substring(request.getContextPath().length())
                        + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
                response.sendRedirect(request.getContextPath() + "/login.jsp?os_destination="
                        + URLEncoder.encode(here, StandardCharsets.UTF_8));
                return;
            }
            Optional<String> refusal = RestAccessFeature.refusal(access, user.get(), directory);
            if (refusal.isPresent()) {
                HostErrors.send(response, HttpServletResponse.SC_FORBIDDEN, refusal.get());
                return;
            }
        }
        servlet.service(req, res);
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
