package io.serviceculture.standalone.velocity;

import org.apache.velocity.app.event.ReferenceInsertionEventHandler;
import org.apache.velocity.context.Context;
import org.jspecify.annotations.Nullable;

/**
 * Jira's automatic HTML escaping of Velocity output (on by default since Jira 6): every reference is escaped
 * unless its name ends in {@code Html} or the template opts out with {@code #disable_html_escaping()}.
 */
final class HtmlEscaping implements ReferenceInsertionEventHandler {
    static final String DISABLED = HtmlEscaping.class.getName() + ".disabled";

    private final Context context;

    HtmlEscaping(Context context) {
        this.context = context;
    }

    @Override
    public @Nullable Object referenceInsert(String reference, @Nullable Object value) {
        if (value == null || value instanceof SafeHtml || context.containsKey(DISABLED) || declaresHtml(reference)) {
            return value;
        }
        return escape(value.toString());
    }

    /** {@code $fooHtml}, {@code ${fooHtml}}, {@code $x.bodyHtml} or {@code $x.getBodyHtml()}. */
    static boolean declaresHtml(String reference) {
        String name = reference.replaceAll("[${}!]", "");
        if (name.endsWith(")")) {
            int open = name.lastIndexOf('(');
            name = open < 0 ? name : name.substring(0, open);
        }
        return name.endsWith("Html") || name.endsWith("HTML");
    }

    /** Escapes the five characters that matter in HTML text and attribute values. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&':
                    out.append("&amp;");
                    break;
                case '<':
                    out.append("&lt;");
                    break;
                case '>':
                    out.append("&gt;");
                    break;
                case '"':
                    out.append("&quot;");
                    break;
                case '\'':
                    out.append("&#39;");
                    break;
                default:
                    out.append(c);
            }
        }
        return out.toString();
    }
}
