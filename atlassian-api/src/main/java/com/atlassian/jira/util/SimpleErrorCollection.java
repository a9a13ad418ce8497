package com.atlassian.jira.util;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Jira's plain {@link ErrorCollection}. */
public class SimpleErrorCollection implements ErrorCollection {
    private final List<String> messages = new ArrayList<>();

    @Override
    public void addErrorMessage(String message) {
        messages.add(message);
    }

    @Override
    public Collection<String> getErrorMessages() {
        return List.copyOf(messages);
    }

    @Override
    public boolean hasAnyErrors() {
        return !messages.isEmpty();
    }
}
