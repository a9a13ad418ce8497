package io.serviceculture.standalone.pages;

import io.serviceculture.standalone.web.HostErrors;
import io.serviceculture.standalone.web.Requests;
import java.io.IOException;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** The context root goes to the dashboard; any other unknown path is a 404 (JSON under {@code /rest/}). */
public final class RootServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = Requests.path(request);
        if (path.isEmpty() || path.equals("/")) {
            response.sendRedirect(request.getContextPath() + "/secure/Dashboard.jspa");
            return;
        }
        if (Requests.isRest(request)) {
            HostErrors.send(response, HttpServletResponse.SC_NOT_FOUND, "service-culture.host.error.not.found");
            return;
        }
        response.sendError(HttpServletResponse.SC_NOT_FOUND);
    }
}
