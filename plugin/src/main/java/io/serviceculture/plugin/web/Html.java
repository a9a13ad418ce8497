package io.serviceculture.plugin.web;

/**
 * HTML-escapes text for templates. Template getters that return user data end in {@code Html} and escape
 * here, which is right whether or not the renderer escapes by itself: Atlassian's escaper treats references
 * ending in {@code Html} as already safe.
 */
public final class Html {
    private Html() {}

    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
