package io.serviceculture.standalone.services;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.atlassian.scheduler.JobRunnerResponse;
import com.atlassian.scheduler.SchedulerServiceException;
import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.config.JobRunnerKey;
import com.atlassian.scheduler.config.RunMode;
import com.atlassian.scheduler.config.Schedule;
import com.atlassian.scheduler.status.RunOutcome;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.After;
import org.junit.Test;

public class HostSchedulerServiceTest {
    private static final JobRunnerKey RUNNER = JobRunnerKey.of("io.serviceculture.test.runner");
    private static final JobId JOB = JobId.of("io.serviceculture.test.job");

    private final HostSchedulerService scheduler = new HostSchedulerService();

    @After
    public void stop() {
        scheduler.close();
    }

    @Test
    public void runsAnIntervalJobSoonAfterItIsScheduled() throws Exception {
        CountDownLatch ran = new CountDownLatch(1);
        scheduler.registerJobRunner(RUNNER, request -> {
            ran.countDown();
            return JobRunnerResponse.success();
        });

        scheduler.scheduleJob(JOB, daily());

        assertThat(ran.await(5, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    public void runsAJobOnRequestWithItsRunner() throws Exception {
        AtomicInteger runs = new AtomicInteger();
        scheduler.registerJobRunner(RUNNER, request -> {
            runs.incrementAndGet();
            return JobRunnerResponse.success("reconciled");
        });
        scheduler.scheduleJob(
                JOB,
                JobConfig.forJobRunnerKey(RUNNER)
                        .withRunMode(RunMode.RUN_ONCE_PER_CLUSTER)
                        .withSchedule(Schedule.forInterval(
                                86_400_000L,
                                java.util.Date.from(java.time.Instant.now().plusSeconds(3600)))));

        JobRunnerResponse response = scheduler.runNow(JOB);

        assertThat(response.getRunOutcome()).isEqualTo(RunOutcome.SUCCESS);
        assertThat(response.getMessage()).isEqualTo("reconciled");
        assertThat(runs).hasValue(1);
    }

    @Test
    public void saysWhenAJobsRunnerIsGone() throws Exception {
        scheduler.registerJobRunner(RUNNER, request -> JobRunnerResponse.success());
        scheduler.scheduleJob(JOB, daily());
        scheduler.unregisterJobRunner(RUNNER);

        assertThat(scheduler.runNow(JOB).getRunOutcome()).isEqualTo(RunOutcome.FAILED);
    }

    @Test
    public void refusesAJobWithoutASchedule() {
        assertThatThrownBy(() -> scheduler.scheduleJob(JOB, JobConfig.forJobRunnerKey(RUNNER)))
                .isInstanceOf(SchedulerServiceException.class);
    }

    private static JobConfig daily() {
        return JobConfig.forJobRunnerKey(RUNNER)
                .withRunMode(RunMode.RUN_ONCE_PER_CLUSTER)
                .withSchedule(Schedule.forInterval(86_400_000L, null));
    }
}
