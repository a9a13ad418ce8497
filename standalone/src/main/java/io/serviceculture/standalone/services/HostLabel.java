package io.serviceculture.standalone.services;

import com.atlassian.jira.issue.label.Label;
import org.jspecify.annotations.Nullable;

/** Jira's {@code Label} (a class in Jira); equal by text, as labels on one issue are a set. */
public final class HostLabel extends Label {
    private final String label;

    public HostLabel(String label) {
        this.label = label;
    }

    @Override
    public String getLabel() {
        return label;
    }

    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof HostLabel && ((HostLabel) o).label.equals(label);
    }

    @Override
    public int hashCode() {
        return label.hashCode();
    }

    @Override
    public String toString() {
        return label;
    }
}
