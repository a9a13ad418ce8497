package io.serviceculture.standalone.velocity;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import org.apache.velocity.Template;
import org.apache.velocity.VelocityContext;
import org.apache.velocity.app.VelocityEngine;
import org.apache.velocity.app.event.EventCartridge;
import org.apache.velocity.runtime.RuntimeConstants;
import org.apache.velocity.runtime.resource.loader.ClasspathResourceLoader;

/**
 * A Velocity 1.7 engine as Jira 10's TemplateRenderer runs it: templates from the classpath, method calls
 * limited to an allowlist, output HTML-escaped unless a reference says it holds HTML.
 */
public final class HostVelocity {
    private final VelocityEngine engine;
    private final ClassLoader templates;

    public HostVelocity(VelocityAllowlist allowlist, ClassLoader templates) {
        this.templates = templates;
        Properties p = new Properties();
        p.setProperty(RuntimeConstants.RESOURCE_LOADER, "classpath");
        p.setProperty("classpath.resource.loader.class", ClasspathResourceLoader.class.getName());
        p.setProperty("classpath.resource.loader.cache", "true");
        p.setProperty(RuntimeConstants.UBERSPECT_CLASSNAME, AllowlistUberspect.class.getName());
        p.setProperty(RuntimeConstants.RUNTIME_LOG_LOGSYSTEM_CLASS, Slf4jLogChute.class.getName());
        p.setProperty(RuntimeConstants.VM_LIBRARY, "");
        p.setProperty(RuntimeConstants.INPUT_ENCODING, "UTF-8");
        p.setProperty(RuntimeConstants.OUTPUT_ENCODING, "UTF-8");
        p.setProperty("userdirective", DisableHtmlEscaping.class.getName());
        engine = new VelocityEngine();
        engine.setApplicationAttribute(AllowlistUberspect.ALLOWLIST, allowlist);
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        Thread.currentThread().setContextClassLoader(templates);
        try {
            engine.init(p);
        } catch (Exception e) {
            throw new IllegalStateException("Velocity did not start", e);
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
        }
    }

    /**
     * Velocity's classpath loader looks in the thread's context class loader first; a Jira renderer finds its
     * plugin's templates on any thread (the mail queue's, a job's), so the lookup uses the plugin's loader.
     */
    public boolean exists(String template) {
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        Thread.currentThread().setContextClassLoader(templates);
        try {
            return engine.resourceExists(template);
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
        }
    }

    public void render(String template, Map<String, ?> values, Writer out) throws IOException {
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        Thread.currentThread().setContextClassLoader(templates);
        try {
            renderHere(template, values, out);
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
        }
    }

    private void renderHere(String template, Map<String, ?> values, Writer out) throws IOException {
        VelocityContext context = new VelocityContext();
        values.forEach(context::put);
        context.put("htmlUtil", new Html());
        EventCartridge events = new EventCartridge();
        events.addEventHandler(new HtmlEscaping(context));
        events.attachToContext(context);
        Template t = engine.getTemplate(template, StandardCharsets.UTF_8.name());
        t.merge(context, out);
    }

    public String render(String template, Map<String, ?> values) {
        StringWriter out = new StringWriter();
        try {
            render(template, values, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** Renders a template given as text, as TemplateRenderer#renderFragment does. */
    public String renderFragment(String fragment, Map<String, ?> values) {
        VelocityContext context = new VelocityContext();
        values.forEach(context::put);
        context.put("htmlUtil", new Html());
        EventCartridge events = new EventCartridge();
        events.addEventHandler(new HtmlEscaping(context));
        events.attachToContext(context);
        StringWriter out = new StringWriter();
        engine.evaluate(context, out, "fragment", fragment);
        return out.toString();
    }
}
