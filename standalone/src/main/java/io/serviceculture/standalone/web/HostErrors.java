package io.serviceculture.standalone.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import javax.servlet.http.HttpServletResponse;

/** Host-level refusals in the app's one error shape: {@code {"errors":[{"key","message","field"}]}}. */
public final class HostErrors {
    private static final ObjectMapper JSON = new ObjectMapper();

    private HostErrors() {}

    public static String body(String key) {
        ObjectNode root = JSON.createObjectNode();
        ArrayNode errors = root.putArray("errors");
        ObjectNode error = errors.addObject();
        error.put("key", key);
        error.put("message", HostMessages.text(key));
        error.putNull("field");
        return root.toString();
    }

    public static void send(HttpServletResponse response, int status, String key) throws IOException {
        if (response.isCommitted()) {
            return;
        }
        response.resetBuffer();
        response.setStatus(status);
        response.setContentType("application/json;charset=UTF-8");
        response.getWriter().write(body(key));
    }
}
