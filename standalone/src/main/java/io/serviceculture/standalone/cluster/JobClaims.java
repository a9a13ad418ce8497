package io.serviceculture.standalone.cluster;

import com.atlassian.scheduler.config.JobId;

/**
 * When each clustered job next runs, and who may run it now. A node runs a due job only after claiming the run, so
 * however many nodes find it due at once, one runs it.
 */
public interface JobClaims {
    /**
     * Records a job's interval; a job already known with the same interval keeps its next run, so a node starting
     * later does not run the job again at once.
     */
    void schedule(JobId job, long intervalMillis, long firstRunMillis);

    /** Claims the run of a due job and moves its next run one interval on; false when not due or claimed already. */
    boolean claim(JobId job, long nowMillis);

    /** Makes a job due now, as if its time had come (tests). */
    void makeDue(JobId job);
}
