package io.serviceculture.standalone.velocity;

import org.jspecify.annotations.Nullable;

/** The escaping helper templates get as {@code $htmlUtil}, for text placed in attributes or scripts. */
public final class Html {
    public SafeHtml escape(@Nullable Object value) {
        return new SafeHtml(value == null ? "" : HtmlEscaping.escape(value.toString()));
    }

    /** Percent-encodes a value for a URL's query or path segment. */
    public SafeHtml urlEncode(@Nullable Object value) {
        return new SafeHtml(
                value == null
                        ? ""
                        : java.net.URLEncoder.encode(value.toString(), java.nio.charset.StandardCharsets.UTF_8)
                                .replace("+", "%20"));
    }
}
