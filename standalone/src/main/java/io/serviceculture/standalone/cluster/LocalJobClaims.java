package io.serviceculture.standalone.cluster;

import com.atlassian.scheduler.config.JobId;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The claims of a single node that shares no database: every due run is its own. */
public final class LocalJobClaims implements JobClaims {
    private record Next(long intervalMillis, long atMillis) {}

    private final Map<JobId, Next> jobs = new ConcurrentHashMap<>();

    @Override
    public void schedule(JobId job, long intervalMillis, long firstRunMillis) {
        jobs.compute(
                job,
                (id, old) -> old != null && old.intervalMillis() == intervalMillis
                        ? old
                        : new Next(intervalMillis, firstRunMillis));
    }

    @Override
    public boolean claim(JobId job, long nowMillis) {
        boolean[] claimed = {false};
        jobs.computeIfPresent(job, (id, next) -> {
            if (next.atMillis() > nowMillis) {
                return next;
            }
            claimed[0] = true;
            return new Next(next.intervalMillis(), nowMillis + next.intervalMillis());
        });
        return claimed[0];
    }

    @Override
    public void makeDue(JobId job) {
        jobs.computeIfPresent(job, (id, next) -> new Next(next.intervalMillis(), 0));
    }
}
