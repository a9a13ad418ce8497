package io.serviceculture.standalone.velocity;

import java.io.Writer;
import org.apache.velocity.context.InternalContextAdapter;
import org.apache.velocity.runtime.directive.Directive;
import org.apache.velocity.runtime.directive.DirectiveConstants;
import org.apache.velocity.runtime.parser.node.Node;

/** {@code #disable_html_escaping()}: Jira's opt-out of automatic escaping for the rest of a template. */
public final class DisableHtmlEscaping extends Directive {
    @Override
    public String getName() {
        return "disable_html_escaping";
    }

    @Override
    public int getType() {
        return DirectiveConstants.LINE;
    }

    @Override
    public boolean render(InternalContextAdapter context, Writer writer, Node node) {
        context.put(HtmlEscaping.DISABLED, Boolean.TRUE);
        return true;
    }
}
