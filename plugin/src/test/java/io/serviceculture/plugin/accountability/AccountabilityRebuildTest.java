package io.serviceculture.plugin.accountability;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.sal.api.pluginsettings.PluginSettings;
import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;
import com.atlassian.scheduler.JobRunner;
import com.atlassian.scheduler.JobRunnerResponse;
import com.atlassian.scheduler.SchedulerService;
import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.config.JobRunnerKey;
import com.atlassian.scheduler.config.RunMode;
import com.atlassian.scheduler.status.RunOutcome;
import io.serviceculture.core.accountability.AccountabilityService;
import io.serviceculture.core.accountability.IssueCatalogPort;
import io.serviceculture.core.testing.InMemoryAccountabilityStore;
import io.serviceculture.core.testing.InMemoryIssues;
import io.serviceculture.core.testing.InMemoryMembershipStore;
import io.serviceculture.core.testing.MutableClock;
import io.serviceculture.plugin.people.MapPluginSettings;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.junit.Test;

public class AccountabilityRebuildTest {
    private final MapPluginSettings settings = new MapPluginSettings();
    private final InMemoryAccountabilityStore store = new InMemoryAccountabilityStore();
    private final InMemoryIssues issues = new InMemoryIssues();
    private final MutableClock clock = MutableClock.at("2026-11-23T10:00:00Z");
    private final OneClusterScheduler scheduler = new OneClusterScheduler();
    private final AccountabilityRebuild rebuild = node(settings.factory(), () -> List.of(1L, 2L, 3L));

    private AccountabilityRebuild node(PluginSettingsFactory nodeSettings, IssueCatalogPort catalog) {
        AccountabilityRebuild node = new AccountabilityRebuild(
                nodeSettings,
                catalog,
                new AccountabilityService(
                        issues,
                        new InMemoryMembershipStore(),
                        id -> Optional.empty(),
                        store,
                        store,
                        store,
                        issues,
                        clock),
                scheduler,
                clock);
        node.onStart();
        return node;
    }

    @Test
    public void askingTwiceWhileItRunsRebuildsOnce() {
        // when
        RebuildStatus first = rebuild.start();
        clock.advance(Duration.ofMinutes(1));
        RebuildStatus second = rebuild.start();

        // then
        assertThat(scheduler.jobs).hasSize(1);
        assertThat(second).isEqualTo(first);
        assertThat(second.isRunning()).isTrue();
    }

    @Test
    public void runsAsOneRunOnceJobOfTheCluster() {
        // when
        rebuild.start();

        // then
        JobConfig config = scheduler.jobs.values().iterator().next();
        assertThat(config.getRunMode()).isEqualTo(RunMode.RUN_ONCE_PER_CLUSTER);
        assertThat(config.getSchedule().getIntervalScheduleInfo().getIntervalInMillis())
                .isZero();
    }

    @Test
    public void reportsEveryIssueDoneAtTheEnd() {
        // given
        rebuild.start();

        // when
        clock.advance(Duration.ofSeconds(5));
        scheduler.runDue();

        // then
        RebuildStatus status = rebuild.status();
        assertThat(status.state()).isEqualTo(RebuildStatus.DONE);
        assertThat(status.done()).isEqualTo(3);
        assertThat(status.total()).isEqualTo(3);
        assertThat(status.finished()).contains(clock.instant());
    }

    @Test
    public void twoNodesAskedAtTheSameTimeRebuildOnce() {
        // given: the other node read the status before this node wrote its request
        AccountabilityRebuild otherNode = node(new FirstReadBeforeWrite(settings).factory(), () -> List.of(1L, 2L, 3L));

        // when
        rebuild.start();
        otherNode.start();
        scheduler.runDue();

        // then
        assertThat(scheduler.jobs).hasSize(1);
        assertThat(scheduler.runs).isEqualTo(1);
        assertThat(rebuild.status().state()).isEqualTo(RebuildStatus.DONE);
    }

    @Test
    public void aRebuildAfterTheLastOneEndedRunsAgain() {
        // given
        rebuild.start();
        scheduler.runDue();

        // when
        clock.advance(Duration.ofMinutes(1));
        rebuild.start();
        scheduler.runDue();

        // then
        assertThat(scheduler.jobs).hasSize(2);
        assertThat(scheduler.runs).isEqualTo(2);
    }

    @Test
    public void aRebuildWhoseNodeStoppedReportingMayStartAgain() {
        // given
        rebuild.start();

        // when
        clock.advance(AccountabilityRebuild.STALLED.plusSeconds(1));
        rebuild.start();

        // then
        assertThat(scheduler.jobs).hasSize(2);
    }

    @Test
    public void stopsAfterThePageItWritesWhenJiraStops() {
        // given: Jira asks the job to stop while it lists the issues
        AccountabilityRebuild stopped = node(settings.factory(), () -> {
            scheduler.cancelling = true;
            return List.of(1L, 2L, 3L);
        });
        stopped.start();

        // when
        JobRunnerResponse response = scheduler.runDue().get(0);

        // then: one page of three issues written, then it ended, free to start again at once
        assertThat(response.getRunOutcome()).isEqualTo(RunOutcome.SUCCESS);
        RebuildStatus status = stopped.status();
        assertThat(status.state()).isEqualTo(RebuildStatus.FAILED);
        assertThat(status.done()).isEqualTo(3);
        assertThat(status.isRunning()).isFalse();
    }

    @Test
    public void doesNotStartOnceThePluginStopped() {
        // given
        rebuild.start();

        // when
        rebuild.onStop();
        rebuild.runJob(() -> false);

        // then
        assertThat(rebuild.status().done()).isZero();
        assertThat(scheduler.runners).isEmpty();
    }

    /**
     * The cluster's scheduler as the app sees it: one job per id however many nodes schedule it, each run-once
     * job run once.
     */
    private static final class OneClusterScheduler implements SchedulerService {
        final Map<JobRunnerKey, JobRunner> runners = new LinkedHashMap<>();
        final Map<JobId, JobConfig> jobs = new LinkedHashMap<>();
        final List<JobId> ran = new ArrayList<>();
        int runs;
        boolean cancelling;

        @Override
        public void registerJobRunner(JobRunnerKey jobRunnerKey, JobRunner jobRunner) {
            runners.put(jobRunnerKey, jobRunner);
        }

        @Override
        public void unregisterJobRunner(JobRunnerKey jobRunnerKey) {
            runners.remove(jobRunnerKey);
        }

        @Override
        public void scheduleJob(JobId jobId, JobConfig jobConfig) {
            jobs.putIfAbsent(jobId, jobConfig);
        }

        List<JobRunnerResponse> runDue() {
            List<JobRunnerResponse> responses = new ArrayList<>();
            for (Map.Entry<JobId, JobConfig> job : jobs.entrySet()) {
                if (!ran.contains(job.getKey())) {
                    ran.add(job.getKey());
                    runs++;
                    responses.add(runners.get(job.getValue().getJobRunnerKey()).runJob(() -> cancelling));
                }
            }
            return responses;
        }
    }

    /** Another node's view of the settings: its first read saw them before this node wrote. */
    private static final class FirstReadBeforeWrite implements PluginSettings {
        private final PluginSettings shared;
        private final @Nullable Object before;
        private boolean read;

        FirstReadBeforeWrite(PluginSettings shared) {
            this.shared = shared;
            this.before = shared.get(AccountabilityRebuild.STATUS);
        }

        PluginSettingsFactory factory() {
            return new PluginSettingsFactory() {
                @Override
                public PluginSettings createGlobalSettings() {
                    return FirstReadBeforeWrite.this;
                }

                @Override
                public PluginSettings createSettingsForKey(String key) {
                    return FirstReadBeforeWrite.this;
                }
            };
        }

        @Override
        public @Nullable Object get(String key) {
            if (!read) {
                read = true;
                return before;
            }
            return shared.get(key);
        }

        @Override
        public @Nullable Object put(String key, @Nullable Object value) {
            return shared.put(key, value);
        }

        @Override
        public @Nullable Object remove(String key) {
            return shared.remove(key);
        }
    }
}
