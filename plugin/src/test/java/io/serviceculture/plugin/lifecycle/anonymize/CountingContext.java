package io.serviceculture.plugin.lifecycle.anonymize;

import com.atlassian.jira.task.context.Context;
import org.jspecify.annotations.Nullable;

/** Jira's task progress as a count of steps started and completed. */
final class CountingContext implements Context {
    int started;
    int completed;

    @Override
    public Task start(@Nullable Object input) {
        started++;
        return () -> completed++;
    }
}
