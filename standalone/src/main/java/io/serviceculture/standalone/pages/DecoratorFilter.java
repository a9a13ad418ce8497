package io.serviceculture.standalone.pages;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.servlet.FilterChain;
import javax.servlet.ServletException;
import javax.servlet.ServletOutputStream;
import javax.servlet.WriteListener;
import javax.servlet.http.HttpFilter;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.servlet.http.HttpServletResponseWrapper;

/**
 * Jira's SiteMesh for plugin servlets: an HTML page with {@code <meta name="decorator" content="atl.general">}
 * (or {@code atl.admin}, {@code atl.userprofile}) is shown inside the host's page, with AUI, the top
 * navigation and the web resources of that context and of what the servlet required. Only HTML is held back
 * to look for the marker; anything else (exports, JSON) streams straight through.
 */
public final class DecoratorFilter extends HttpFilter {
    private static final long serialVersionUID = 1L;
    private static final Pattern DECORATOR =
            Pattern.compile("<meta\\s+name=\"decorator\"\\s+content=\"([^\"]*)\"\\s*/?>", Pattern.CASE_INSENSITIVE);
    private static final Pattern TITLE =
            Pattern.compile("<title>(.*?)</title>", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern HEAD =
            Pattern.compile("<head[^>]*>(.*?)</head>", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern BODY =
            Pattern.compile("<body[^>]*>(.*)</body>", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    private final transient HostPages pages;

    public DecoratorFilter(HostPages pages) {
        this.pages = pages;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Buffered buffered = new Buffered(response);
        chain.doFilter(request, buffered);
        if (!buffered.buffering() || response.isCommitted()) {
            return;
        }
        byte[] bytes = buffered.bytes();
        String type = Optional.ofNullable(buffered.getContentType()).orElse("").toLowerCase(Locale.ROOT);
        if (type.startsWith("text/html")) {
            Charset charset = Charset.forName(buffered.getCharacterEncoding());
            String html = new String(bytes, charset);
            Matcher decorator = DECORATOR.matcher(html);
            if (decorator.find()) {
                decorate(request, response, buffered.status(), html, decorator.group(1));
                return;
            }
        }
        response.getOutputStream().write(bytes);
    }

    private void decorate(
            HttpServletRequest request, HttpServletResponse response, int status, String html, String decorator)
            throws IOException {
        String head = group(HEAD, html);
        String title = group(TITLE, head);
        String restOfHead = TITLE.matcher(DECORATOR.matcher(head).replaceAll(""))
                .replaceAll("")
                .strip();
        Matcher body = BODY.matcher(html);
        String bodyHtml = body.find() ? body.group(1) : html;
        Set<String> contexts;
        switch (decorator) {
            case "atl.admin":
            case "admin":
                contexts = Set.of("atl.admin");
                break;
            case "atl.userprofile":
                contexts = Set.of("atl.userprofile");
                break;
            default:
                contexts = Set.of("atl.general");
                break;
        }
        pages.renderDecorated(request, response, status, title, restOfHead, bodyHtml, contexts);
    }

    private static String group(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        return m.find() ? m.group(1) : "";
    }

    /** Holds what the servlet writes until the page is complete. */
    private static final class Buffered extends HttpServletResponseWrapper {
        private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        private PrintWriter writer;
        private ServletOutputStream stream;
        private int status = HttpServletResponse.SC_OK;

        Buffered(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void setStatus(int sc) {
            status = sc;
            super.setStatus(sc);
        }

        int status() {
            return status;
        }

        /** HTML is held back; the decision is made when the servlet starts writing, after it set its type. */
        boolean buffering() {
            String type = getContentType();
            return type != null && type.toLowerCase(Locale.ROOT).startsWith("text/html");
        }

        @Override
        public PrintWriter getWriter() throws IOException {
            if (writer == null && !buffering()) {
                return super.getWriter();
            }
            if (writer == null) {
                String encoding = getCharacterEncoding();
                Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
                writer = new PrintWriter(new OutputStreamWriter(buffer, charset));
            }
            return writer;
        }

        @Override
        public ServletOutputStream getOutputStream() throws IOException {
            if (stream == null && !buffering()) {
                return super.getOutputStream();
            }
            if (stream == null) {
                stream = new ServletOutputStream() {
                    @Override
                    public void write(int b) {
                        buffer.write(b);
                    }

                    @Override
                    public void write(byte[] b, int off, int len) {
                        buffer.write(b, off, len);
                    }

                    @Override
                    public boolean isReady() {
                        return true;
                    }

                    @Override
                    public void setWriteListener(WriteListener listener) {
                        throw new UnsupportedOperationException("buffered for decoration");
                    }
                };
            }
            return stream;
        }

        @Override
        public void flushBuffer() throws IOException {
            // held-back HTML reaches the client only once decorated; other responses flush as usual
            if (!buffering()) {
                super.flushBuffer();
            }
        }

        byte[] bytes() {
            if (writer != null) {
                writer.flush();
            }
            return buffer.toByteArray();
        }
    }
}
