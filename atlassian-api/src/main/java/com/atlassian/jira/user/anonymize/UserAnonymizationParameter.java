package com.atlassian.jira.user.anonymize;

import com.atlassian.jira.task.context.Context;

/** The user being anonymised, by key, with the task's progress. */
public class UserAnonymizationParameter {
    private final String userKey;
    private final Context context;

    public UserAnonymizationParameter(String userKey, Context context) {
        this.userKey = userKey;
        this.context = context;
    }

    public String getUserKey() {
        return userKey;
    }

    public Context getContext() {
        return context;
    }
}
