package com.atlassian.jira.user.anonymize;

/** Runs when a user is anonymised, before the key change: personal data the app holds is removed or anonymised. */
public interface UserAnonymizationHandler extends AnonymizationHandler<UserAnonymizationParameter> {}
