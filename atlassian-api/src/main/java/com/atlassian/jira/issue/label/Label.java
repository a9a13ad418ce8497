package com.atlassian.jira.issue.label;

/** A label on an issue. A class in Jira, hence here. */
public class Label {
    protected Label() {}

    public String getLabel() {
        throw new UnsupportedOperationException("compile-only mirror");
    }
}
