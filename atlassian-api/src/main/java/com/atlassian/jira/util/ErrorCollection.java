package com.atlassian.jira.util;

import java.util.Collection;

/** Error messages collected by a Jira service call. */
public interface ErrorCollection {
    void addErrorMessage(String message);

    Collection<String> getErrorMessages();

    boolean hasAnyErrors();
}
