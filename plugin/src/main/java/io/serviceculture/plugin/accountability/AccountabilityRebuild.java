package io.serviceculture.plugin.accountability;

import com.atlassian.plugin.spring.scanner.annotation.export.ExportAsService;
import com.atlassian.sal.api.lifecycle.LifecycleAware;
import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;
import com.atlassian.scheduler.JobRunner;
import com.atlassian.scheduler.JobRunnerRequest;
import com.atlassian.scheduler.JobRunnerResponse;
import com.atlassian.scheduler.SchedulerService;
import com.atlassian.scheduler.SchedulerServiceException;
import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.config.JobRunnerKey;
import io.serviceculture.core.accountability.AccountabilityService;
import io.serviceculture.core.accountability.IssueCatalogPort;
import io.serviceculture.plugin.scheduling.ClusterJobs;
import io.serviceculture.plugin.scheduling.StoppableRun;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import javax.inject.Inject;
import javax.inject.Named;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The admin's rebuild of every issue's facts from history, as a run-once job on one node of the cluster, with its
 * progress in Jira's plugin settings so every node can report it. Starting it while it runs returns the running one.
 * The job's id names the status the request replaced: two nodes asked at once both saw that status, so they
 * schedule the same job, which Jira's scheduler runs once. A run whose node stopped reporting for {@link #STALLED}
 * may be started again, from the beginning: every page it writes replaces that page's rows whole, so a run that
 * stopped midway leaves nothing a new run would not overwrite. Disabling the plugin or stopping Jira stops a run
 * after the page it is writing.
 */
@Named
@ExportAsService(LifecycleAware.class)
public class AccountabilityRebuild implements LifecycleAware, JobRunner {
    static final String STATUS = "io.serviceculture.jira.accountability.rebuild";
    static final Duration STALLED = Duration.ofMinutes(10);
    static final JobRunnerKey RUNNER = JobRunnerKey.of("io.serviceculture.jira.accountability.rebuild");
    private static final String JOB_AFTER = "io.serviceculture.jira.accountability.rebuild.after.";

    private static final Logger LOG = LoggerFactory.getLogger(AccountabilityRebuild.class);

    private final PluginSettingsFactory settings;
    private final IssueCatalogPort catalog;
    private final AccountabilityService service;
    private final SchedulerService scheduler;
    private final Clock clock;
    private final StoppableRun lifecycle;

    @Inject
    public AccountabilityRebuild(
            PluginSettingsFactory settings,
            JiraIssueCatalog catalog,
            AccountabilityUseCases useCases,
            SchedulerService scheduler) {
        this(settings, catalog, useCases.service(), scheduler, Clock.systemUTC());
    }

    AccountabilityRebuild(
            PluginSettingsFactory settings,
            IssueCatalogPort catalog,
            AccountabilityService service,
            SchedulerService scheduler,
            Clock clock) {
        this.settings = settings;
        this.catalog = catalog;
        this.service = service;
        this.scheduler = scheduler;
        this.lifecycle = new StoppableRun(scheduler, RUNNER);
        this.clock = clock;
    }

    @Override
    public void onStart() {
        lifecycle.register(this);
    }

    /** Stops a run on this node after its current step and waits for it, so it never outlives the plugin. */
    @Override
    public void onStop() {
        lifecycle.stopAndWait();
    }

    public RebuildStatus status() {
        Object stored = settings.createGlobalSettings().get(STATUS);
        if (stored instanceof String text) {
            try {
                return RebuildStatus.read(text);
            } catch (RuntimeException unreadable) {
                return RebuildStatus.idle();
            }
        }
        return RebuildStatus.idle();
    }

    /** Starts a rebuild unless one is running, and returns the status of the one that runs. */
    public synchronized RebuildStatus start() {
        RebuildStatus current = status();
        Instant now = clock.instant();
        if (current.isRunning() && current.updated().plus(STALLED).isAfter(now)) {
            return current;
        }
        RebuildStatus started = new RebuildStatus(RebuildStatus.RUNNING, 0, 0, Optional.of(now), Optional.empty(), now);
        save(started);
        try {
            ClusterJobs.runOnceSoon(scheduler, RUNNER, jobAfter(current));
        } catch (SchedulerServiceException e) {
            save(new RebuildStatus(RebuildStatus.FAILED, 0, 0, Optional.of(now), Optional.of(now), now));
            throw new IllegalStateException("cannot schedule the accountability rebuild", e);
        }
        return started;
    }

    /** The job that follows a status: the same for every node that saw it, another once it changed. */
    static JobId jobAfter(RebuildStatus replaced) {
        return JobId.of(JOB_AFTER + replaced.updated().toEpochMilli());
    }

    @Override
    public JobRunnerResponse runJob(JobRunnerRequest request) {
        return lifecycle.run(request, this::run);
    }

    private JobRunnerResponse run(JobRunnerRequest request) {
        Instant startedAt = status().started().orElse(clock.instant());
        try {
            List<Long> ids = catalog.allIssueIds();
            int total = ids.size();
            save(running(startedAt, 0, total));
            // progress after every page the service wrote: a few hundred settings writes for 100k issues
            int analysed = service.rebuild(ids, done -> {
                save(running(startedAt, done, total));
                if (lifecycle.shouldStop(request)) {
                    throw new Stopped();
                }
            });
            Instant end = clock.instant();
            save(new RebuildStatus(RebuildStatus.DONE, analysed, total, Optional.of(startedAt), Optional.of(end), end));
            LOG.info("Rebuilt the accountability facts of {} issues", analysed);
            return JobRunnerResponse.success("rebuilt " + analysed + " issues");
        } catch (Stopped stopped) {
            // the pages written stay; the admin may start again at once rather than wait for STALLED
            saveEnded(startedAt, RebuildStatus.FAILED);
            LOG.info("The accountability rebuild stopped with the plugin");
            return JobRunnerResponse.success("stopped with the plugin");
        } catch (RuntimeException e) {
            saveEnded(startedAt, RebuildStatus.FAILED);
            LOG.error("The accountability rebuild failed", e);
            return JobRunnerResponse.failed(e);
        }
    }

    private void saveEnded(Instant startedAt, String state) {
        Instant end = clock.instant();
        RebuildStatus last = status();
        save(new RebuildStatus(state, last.done(), last.total(), Optional.of(startedAt), Optional.of(end), end));
    }

    private RebuildStatus running(Instant startedAt, int done, int total) {
        return new RebuildStatus(
                RebuildStatus.RUNNING, done, total, Optional.of(startedAt), Optional.empty(), clock.instant());
    }

    private void save(RebuildStatus status) {
        settings.createGlobalSettings().put(STATUS, status.write());
    }

    /** Thrown from the progress callback to leave the service's loop when the plugin stops. */
    private static final class Stopped extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Stopped() {
            super("stopped", null, false, false);
        }
    }
}
