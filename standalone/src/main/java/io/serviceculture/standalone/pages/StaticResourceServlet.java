package io.serviceculture.standalone.pages;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** Serves files from a classpath folder: the host's AUI and the plugin's downloadable resources. */
public final class StaticResourceServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final Map<String, String> TYPES = Map.of(
            "css", "text/css;charset=UTF-8",
            "js", "application/javascript;charset=UTF-8",
            "svg", "image/svg+xml",
            "png", "image/png",
            "woff", "font/woff",
            "woff2", "font/woff2",
            "ttf", "font/ttf",
            "eot", "application/vnd.ms-fontobject",
            "gif", "image/gif",
            "json", "application/json");

    private final transient ClassLoader loader;
    private final String folder;

    public StaticResourceServlet(ClassLoader loader, String folder) {
        this.loader = loader;
        this.folder = folder;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo();
        if (path == null || path.contains("..") || path.endsWith("/") || path.endsWith(".class")) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        serve(loader, folder + path, response);
    }

    /** Writes a classpath resource with its content type, or 404. */
    public static void serve(ClassLoader loader, String resource, HttpServletResponse response) throws IOException {
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            String extension = resource.substring(resource.lastIndexOf('.') + 1);
            response.setContentType(TYPES.getOrDefault(extension, "application/octet-stream"));
            response.setHeader("Cache-Control", "max-age=3600");
            response.setHeader("X-Content-Type-Options", "nosniff");
            in.transferTo(response.getOutputStream());
        }
    }
}
