package com.atlassian.scheduler.config;

import java.util.Date;
import org.jspecify.annotations.Nullable;

/** When an interval schedule first runs and how often it repeats; read by the host that runs the jobs. */
@SuppressWarnings("JavaUtilDate") // the signature is Atlassian Scheduler's
public final class IntervalScheduleInfo {
    private final @Nullable Date firstRunTime;
    private final long intervalInMillis;

    IntervalScheduleInfo(@Nullable Date firstRunTime, long intervalInMillis) {
        this.firstRunTime = firstRunTime == null ? null : new Date(firstRunTime.getTime());
        this.intervalInMillis = intervalInMillis;
    }

    @Nullable
    public Date getFirstRunTime() {
        return firstRunTime == null ? null : new Date(firstRunTime.getTime());
    }

    public long getIntervalInMillis() {
        return intervalInMillis;
    }
}
