package com.atlassian.plugin.web.api.model;

import java.io.IOException;
import java.io.Writer;
import java.util.Map;

/** Provides the HTML of a web panel; both methods are abstract so an app implements both. */
public interface WebPanel {
    String getHtml(Map<String, Object> context);

    void writeHtml(Writer writer, Map<String, Object> context) throws IOException;
}
