package com.atlassian.jira.user.anonymize;

import com.atlassian.jira.bc.ServiceResult;
import java.util.Collection;

/**
 * A step of Jira's user anonymisation: it lists what it would change ({@link #getAffectedEntities}), says how many
 * progress steps its {@link #update} reports, and then makes the change.
 */
public interface AnonymizationHandler<T> {
    int DEFAULT_NUMBER_OF_TASKS = 1;

    Collection<AffectedEntity> getAffectedEntities(T parameter);

    ServiceResult update(T parameter);

    default int getNumberOfTasks(T parameter) {
        return DEFAULT_NUMBER_OF_TASKS;
    }
}
