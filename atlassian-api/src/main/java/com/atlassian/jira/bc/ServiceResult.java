package com.atlassian.jira.bc;

import com.atlassian.jira.util.ErrorCollection;

/** The outcome of a Jira service call: valid, or the errors that made it fail. */
public interface ServiceResult {
    boolean isValid();

    ErrorCollection getErrorCollection();
}
