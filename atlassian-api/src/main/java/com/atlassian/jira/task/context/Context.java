package com.atlassian.jira.task.context;

import org.jspecify.annotations.Nullable;

/** Progress of a long Jira task: each step is started and completed, and Jira shows how many are done. */
public interface Context {
    Task start(@Nullable Object input);

    /** One step of the task. */
    interface Task {
        void complete();
    }
}
