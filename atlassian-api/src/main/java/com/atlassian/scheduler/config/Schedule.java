package com.atlassian.scheduler.config;

import java.util.Date;
import org.jspecify.annotations.Nullable;

/** When a job runs; the app uses a fixed interval only. */
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

    /** The interval and first run; an interval schedule always has them. */
    public IntervalScheduleInfo getIntervalScheduleInfo() {
        return new IntervalScheduleInfo(firstRunTime, intervalInMillis);
    }

    @Override
    public String toString() {
        return "every " + intervalInMillis + " ms from " + firstRunTime;
    }
}
