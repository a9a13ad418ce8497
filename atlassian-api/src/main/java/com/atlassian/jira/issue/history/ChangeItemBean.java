package com.atlassian.jira.issue.history;

import org.jspecify.annotations.Nullable;

/**
 * One field's change within a change group: the raw values (ids, user keys) and their display strings. A class in
 * Jira, hence here.
 */
public class ChangeItemBean {
    protected ChangeItemBean() {}

    public String getField() {
        throw new UnsupportedOperationException("compile-only mirror");
    }

    public @Nullable String getFrom() {
        throw new UnsupportedOperationException("compile-only mirror");
    }

    public @Nullable String getFromString() {
        throw new UnsupportedOperationException("compile-only mirror");
    }

    public @Nullable String getTo() {
        throw new UnsupportedOperationException("compile-only mirror");
    }

    public @Nullable String getToString() {
        throw new UnsupportedOperationException("compile-only mirror");
    }
}
