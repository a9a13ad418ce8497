package com.atlassian.jira.user.anonymize;

import com.atlassian.jira.task.context.Context;

/** A user property (key or name) changing from its original to its target value, with the task's progress. */
public class UserPropertyChangeParameter {
    private final String original;
    private final String target;
    private final Context context;

    public UserPropertyChangeParameter(String original, String target, Context context) {
        this.original = original;
        this.target = target;
        this.context = context;
    }

    public String getOriginal() {
        return original;
    }

    public String getTarget() {
        return target;
    }

    public Context getContext() {
        return context;
    }
}
