package com.atlassian.scheduler.config;

/** A stable identifier, compared by value. */
public final class JobRunnerKey {
    private final String id;

    private JobRunnerKey(String id) {
        this.id = id;
    }

    public static JobRunnerKey of(String id) {
        return new JobRunnerKey(id);
    }

    @Override
    public boolean equals(@org.jspecify.annotations.Nullable Object other) {
        return other instanceof JobRunnerKey that && that.id.equals(id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return id;
    }
}
