package io.serviceculture.standalone.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.serviceculture.standalone.directory.HostDirectory;
import io.serviceculture.standalone.directory.HostUser;
import java.io.IOException;
import java.util.Optional;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** Jira's {@code GET /rest/api/2/myself}: who the caller is, so scripts can check their credentials. */
public final class MyselfServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final transient HostDirectory directory;

    public MyselfServlet(HostDirectory directory) {
        this.directory = directory;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<HostUser> user = CurrentUser.get();
        if (user.isEmpty()) {
            HostErrors.send(response, HttpServletResponse.SC_UNAUTHORIZED, "service-culture.host.error.unauthorized");
            return;
        }
        HostUser u = user.get();
        ObjectNode body = JSON.createObjectNode();
        body.put("key", u.key());
        body.put("name", u.name());
        body.put("displayName", u.displayName());
        body.put("emailAddress", u.emailAddress());
        body.put("timeZone", u.timeZone().getId());
        body.put("locale", u.locale().toString());
        body.put("active", u.active());
        body.putArray("groups")
                .addAll(directory.groupsOf(u.key()).stream().map(body::textNode).toList());
        response.setContentType("application/json;charset=UTF-8");
        response.getWriter().write(body.toString());
    }
}
