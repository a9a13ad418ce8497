package io.serviceculture.standalone.web;

import java.io.IOException;
import javax.servlet.FilterChain;
import javax.servlet.ServletException;
import javax.servlet.http.HttpFilter;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

/**
 * Times every request on the server, from the host's first filter until the servlet has returned, and tells a
 * listener: load runs in the same JVM read a page's server time this way, without the client's queueing and
 * network. Nothing is kept when nobody listens.
 */
public final class ServerTimingFilter extends HttpFilter {
    private static final long serialVersionUID = 1L;

    /** Told of each request once it has been served. */
    @FunctionalInterface
    public interface Listener {
        /**
         * @param path the request's path inside the context, e.g. {@code /browse/HELP-1}
         * @param nanos server time in nanoseconds
         */
        void served(String method, String path, int status, long nanos);
    }

    private static final Listener NOBODY = (method, path, status, nanos) -> {};

    private transient volatile Listener listener = NOBODY;

    /** Replaces the listener; {@code null} stops listening. */
    public void listen(@Nullable Listener newListener) {
        listener = newListener == null ? NOBODY : newListener;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        long start = System.nanoTime();
        try {
            chain.doFilter(request, response);
        } finally {
            long nanos = System.nanoTime() - start;
            Listener current = listener;
            if (current != NOBODY) {
                String path = request.getRequestURI()
                        .substring(request.getContextPath().length());
                current.served(request.getMethod(), path, response.getStatus(), nanos);
            }
        }
    }
}
