package io.serviceculture.plugin.web;

import com.atlassian.plugin.web.api.model.WebPanel;
import java.io.IOException;
import java.io.Writer;
import java.util.Map;
import java.util.Optional;

/**
 * A web panel drawn by one Velocity template from a view the panel builds for the page: Jira asks for the HTML as a
 * string or written to the page, and both answers come from the same view, or nothing at all when the panel has
 * nothing to show this viewer on this page.
 *
 * @param <V> the view the template reads
 */
public abstract class TemplatedPanel<V> implements WebPanel {
    private final Templates templates;
    private final String template;

    protected TemplatedPanel(Templates templates, String template) {
        this.templates = templates;
        this.template = template;
    }

    /** What the template shows on this page ({@code issue} or {@code profileUser} in the context), or nothing. */
    protected abstract Optional<V> view(Map<String, Object> context);

    @Override
    public final String getHtml(Map<String, Object> context) {
        return view(context).map(view -> templates.render(template, view)).orElse("");
    }

    @Override
    public final void writeHtml(Writer writer, Map<String, Object> context) throws IOException {
        Optional<V> view = view(context);
        if (view.isPresent()) {
            templates.render(template, view.get(), writer);
        }
    }
}
