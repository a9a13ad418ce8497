package io.serviceculture.standalone.velocity;

/** Text already escaped for HTML, which automatic escaping leaves alone (Jira's {@code @HtmlSafe}). */
public final class SafeHtml implements CharSequence {
    private final String html;

    public SafeHtml(String html) {
        this.html = html;
    }

    @Override
    public int length() {
        return html.length();
    }

    @Override
    public char charAt(int index) {
        return html.charAt(index);
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        return html.subSequence(start, end);
    }

    @Override
    public String toString() {
        return html;
    }
}
