package io.serviceculture.standalone.services;

import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.templaterenderer.RenderingException;
import com.atlassian.templaterenderer.TemplateRenderer;
import io.serviceculture.standalone.velocity.HostVelocity;
import java.io.IOException;
import java.io.Writer;
import java.util.HashMap;
import java.util.Map;

/**
 * Atlassian's {@code TemplateRenderer} over the plugin's Velocity engine (allowlist enforced, output escaped),
 * with {@code $i18n} in every context as Jira's renderer adds it.
 */
public final class HostTemplateRenderer implements TemplateRenderer {
    private final HostVelocity velocity;
    private final I18nResolver i18n;

    public HostTemplateRenderer(HostVelocity velocity, I18nResolver i18n) {
        this.velocity = velocity;
        this.i18n = i18n;
    }

    @Override
    public void render(String templateName, Map<String, Object> context, Writer writer) throws IOException {
        if (!velocity.exists(templateName)) {
            throw new RenderingException("no template " + templateName);
        }
        try {
            velocity.render(templateName, withDefaults(context), writer);
        } catch (RuntimeException e) {
            throw new RenderingException("cannot render " + templateName, e);
        }
    }

    @Override
    public String renderFragment(String fragment, Map<String, Object> context) {
        try {
            return velocity.renderFragment(fragment, withDefaults(context));
        } catch (RuntimeException e) {
            throw new RenderingException("cannot render a fragment", e);
        }
    }

    private Map<String, Object> withDefaults(Map<String, Object> context) {
        Map<String, Object> all = new HashMap<>();
        all.put("i18n", i18n);
        all.putAll(context);
        return all;
    }
}
