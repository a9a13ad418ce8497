package com.atlassian.scheduler.config;

import java.util.Date;
import org.jspecify.annotations.Nullable;

/** When a job runs: at a fixed interval, or once. */
public final class Schedule {
    private final long intervalInMillis;
    private final @Nullable Date firstRunTime;

    private Schedule(long intervalInMillis, @Nullable Date firstRunTime) {
        this.intervalInMillis = intervalInMillis;
        this.firstRunTime = firstRunTime;
    }

    public static Schedule forInterval(long intervalInMillis, @Nullable Date firstRunTime) {
        return new Schedule(intervalInMillis, firstRunTime);
    }

    /** Runs once, at the time given or as soon as possible when it is null; an interval of zero, as in Jira. */
    public static Schedule runOnce(@Nullable Date runTime) {
        return forInterval(0L, runTime);
    }

    /** The interval and first run; an interval schedule always has them. */
    public IntervalScheduleInfo getIntervalScheduleInfo() {
        return new IntervalScheduleInfo(firstRunTime, intervalInMillis);
    }

    @Override
    public String toString() {
        return "every " + intervalInMillis + " ms from " + firstRunTime;
    }
}
