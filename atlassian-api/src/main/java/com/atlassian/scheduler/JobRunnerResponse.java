package com.atlassian.scheduler;

import com.atlassian.scheduler.status.RunOutcome;
import org.jspecify.annotations.Nullable;

/** How a job run ended. */
public final class JobRunnerResponse {
    private final RunOutcome outcome;
    private final @Nullable String message;

    private JobRunnerResponse(RunOutcome outcome, @Nullable String message) {
        this.outcome = outcome;
        this.message = message;
    }

    public static JobRunnerResponse success() {
        return new JobRunnerResponse(RunOutcome.SUCCESS, null);
    }

    public static JobRunnerResponse success(String message) {
        return new JobRunnerResponse(RunOutcome.SUCCESS, message);
    }

    public static JobRunnerResponse failed(String message) {
        return new JobRunnerResponse(RunOutcome.FAILED, message);
    }

    public static JobRunnerResponse failed(Throwable cause) {
        return new JobRunnerResponse(RunOutcome.FAILED, String.valueOf(cause));
    }

    @Nullable
    public String getMessage() {
        return message;
    }

    public RunOutcome getRunOutcome() {
        return outcome;
    }
}
