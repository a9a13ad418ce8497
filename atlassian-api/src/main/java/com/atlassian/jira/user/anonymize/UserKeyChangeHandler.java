package com.atlassian.jira.user.anonymize;

/** Runs when anonymisation changes a user's key: rows that store the old key move to the new one. */
public interface UserKeyChangeHandler extends AnonymizationHandler<UserPropertyChangeParameter> {}
