package com.atlassian.jira.bc;

import com.atlassian.jira.util.ErrorCollection;

/** Jira's plain {@link ServiceResult}: valid when the collection holds no error. */
public class ServiceResultImpl implements ServiceResult {
    private final ErrorCollection errors;

    public ServiceResultImpl(ErrorCollection errors) {
        this.errors = errors;
    }

    @Override
    public boolean isValid() {
        return !errors.hasAnyErrors();
    }

    @Override
    public ErrorCollection getErrorCollection() {
        return errors;
    }
}
