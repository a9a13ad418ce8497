package io.serviceculture.plugin.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

import com.atlassian.scheduler.JobRunner;
import com.atlassian.scheduler.JobRunnerResponse;
import com.atlassian.scheduler.SchedulerService;
import com.atlassian.scheduler.SchedulerServiceException;
import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.config.JobRunnerKey;
import com.atlassian.scheduler.config.RunMode;
import org.junit.Test;
import org.mockito.ArgumentCaptor;

public class ClusterJobsTest {
    private static final JobRunnerKey RUNNER = JobRunnerKey.of("io.serviceculture.test.runner");
    private static final JobId JOB = JobId.of("io.serviceculture.test.job");

    private final SchedulerService scheduler = mock(SchedulerService.class);
    private final JobRunner runner = request -> JobRunnerResponse.success("ran");

    @Test
    public void registersTheRunnerOnThisNodeAndSchedulesTheJobOncePerCluster() throws Exception {
        ClusterJobs.start(scheduler, RUNNER, runner, JOB, 60_000, "nothing");

        verify(scheduler).registerJobRunner(RUNNER, runner);
        ArgumentCaptor<JobConfig> config = ArgumentCaptor.forClass(JobConfig.class);
        verify(scheduler).scheduleJob(eq(JOB), config.capture());
        assertThat(config.getValue().getJobRunnerKey()).isEqualTo(RUNNER);
        assertThat(config.getValue().getRunMode()).isEqualTo(RunMode.RUN_ONCE_PER_CLUSTER);
    }

    @Test
    public void letsThePluginStartWhenJiraCannotScheduleTheJob() throws Exception {
        doThrow(new SchedulerServiceException("the scheduler is down"))
                .when(scheduler)
                .scheduleJob(eq(JOB), any(JobConfig.class));

        // no exception: the plugin starts, the error log names the missing job
        ClusterJobs.start(scheduler, RUNNER, runner, JOB, 60_000, "nothing runs nightly");

        // the runner stays registered, so a job scheduled later from another node can run here
        verify(scheduler).registerJobRunner(RUNNER, runner);
    }
}
