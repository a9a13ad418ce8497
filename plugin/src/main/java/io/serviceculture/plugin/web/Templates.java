package io.serviceculture.plugin.web;

import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.templaterenderer.TemplateRenderer;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.HashMap;
import java.util.Map;
import javax.inject.Inject;
import javax.inject.Named;

/** Renders a template with one view model, always under the name {@code view}, and {@code texts}. */
@Named
public class Templates {
    private final TemplateRenderer renderer;
    private final I18nResolver i18n;

    @Inject
    public Templates(TemplateRenderer renderer, I18nResolver i18n) {
        this.renderer = renderer;
        this.i18n = i18n;
    }

    public void render(String template, Object view, Writer out) throws IOException {
        Map<String, Object> context = new HashMap<>();
        context.put("view", view);
        context.put("texts", new Texts(i18n));
        renderer.render(template, context, out);
    }

    public String render(String template, Object view) {
        StringWriter out = new StringWriter();
        try {
            render(template, view, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
