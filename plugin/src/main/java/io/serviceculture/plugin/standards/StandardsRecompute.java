package io.serviceculture.plugin.standards;

import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.plugin.spring.scanner.annotation.export.ExportAsService;
import com.atlassian.sal.api.lifecycle.LifecycleAware;
import com.atlassian.sal.api.pluginsettings.PluginSettings;
import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;
import com.atlassian.scheduler.JobRunner;
import com.atlassian.scheduler.JobRunnerRequest;
import com.atlassian.scheduler.JobRunnerResponse;
import com.atlassian.scheduler.SchedulerService;
import com.atlassian.scheduler.SchedulerServiceException;
import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.config.JobRunnerKey;
import io.serviceculture.core.common.ConflictException;
import io.serviceculture.plugin.scheduling.ClusterJobs;
import io.serviceculture.plugin.scheduling.StoppableRun;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongToIntFunction;
import javax.inject.Inject;
import javax.inject.Named;
import org.ofbiz.core.entity.GenericEntityException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Records every issue's cycles again from its history, as a run-once job on one node of the cluster, in batches,
 * with its progress in plugin settings so that every node of the cluster reports the same. Recording never rewrites
 * a stored cycle and the running state of an issue is replaced as a whole, so running it again gives the same stored
 * results. As the accountability rebuild, the job's id names the progress the request replaced, so two nodes asked
 * at once schedule one job; disabling the plugin or stopping Jira stops a run after its current issue.
 */
@Named
@ExportAsService(LifecycleAware.class)
public class StandardsRecompute implements LifecycleAware, JobRunner {
    static final String KEY = "io.serviceculture.jira.standards.recompute";
    static final int BATCH = 100;
    /** A run that reported nothing for this long died with its node; another may start. */
    static final Duration STALE = Duration.ofMinutes(10);

    static final JobRunnerKey RUNNER = JobRunnerKey.of("io.serviceculture.jira.standards.recompute");
    private static final String JOB_AFTER = "io.serviceculture.jira.standards.recompute.after.";

    private static final Logger LOG = LoggerFactory.getLogger(StandardsRecompute.class);

    private final ProjectManager projects;
    private final IssueManager issues;
    private final PluginSettingsFactory settingsFactory;
    private final LongToIntFunction record;
    private final Clock clock;
    private final SchedulerService scheduler;
    private final StoppableRun lifecycle;

    @Inject
    public StandardsRecompute(
            ProjectManager projects,
            IssueManager issues,
            PluginSettingsFactory settingsFactory,
            StandardsUseCases useCases,
            SchedulerService scheduler) {
        this(projects, issues, settingsFactory, useCases::record, scheduler, Clock.systemUTC());
    }

    StandardsRecompute(
            ProjectManager projects,
            IssueManager issues,
            PluginSettingsFactory settingsFactory,
            LongToIntFunction record,
            SchedulerService scheduler,
            Clock clock) {
        this.scheduler = scheduler;
        this.lifecycle = new StoppableRun(scheduler, RUNNER);
        this.projects = projects;
        this.issues = issues;
        this.settingsFactory = settingsFactory;
        this.record = record;
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

    /** Where a recompute stands: {@code IDLE} before the first, then {@code RUNNING}, {@code DONE} or {@code FAILED}. */
    public record Progress(String state, int done, int total, int added, Instant updatedAt) {
        static Progress idle() {
            return new Progress("IDLE", 0, 0, 0, Instant.EPOCH);
        }

        boolean runningSince(Instant now) {
            return "RUNNING".equals(state) && updatedAt.plus(STALE).isAfter(now);
        }
    }

    public Progress progress() {
        Object stored = settings().get(KEY);
        if (!(stored instanceof String text)) {
            return Progress.idle();
        }
        String[] parts = text.split("\\|");
        if (parts.length != 5) {
            return Progress.idle();
        }
        return new Progress(
                parts[0],
                Integer.parseInt(parts[1]),
                Integer.parseInt(parts[2]),
                Integer.parseInt(parts[3]),
                Instant.parse(parts[4]));
    }

    /**
     * Starts a recompute of every issue of every project, unless one is running.
     *
     * @throws ConflictException while another recompute runs
     */
    public synchronized Progress start() {
        Progress current = progress();
        if (current.runningSince(clock.instant())) {
            throw new ConflictException("service-culture.standards.recompute.error.running");
        }
        Progress started = save(new Progress("RUNNING", 0, allIssueIds().size(), 0, clock.instant()));
        try {
            ClusterJobs.runOnceSoon(
                    scheduler, RUNNER, JobId.of(JOB_AFTER + current.updatedAt().toEpochMilli()));
        } catch (SchedulerServiceException e) {
            save(new Progress("FAILED", 0, started.total(), 0, clock.instant()));
            throw new IllegalStateException("cannot schedule the recompute of SLA cycles", e);
        }
        return started;
    }

    private List<Long> allIssueIds() {
        List<Long> ids = new ArrayList<>();
        for (Project project : projects.getProjectObjects()) {
            try {
                ids.addAll(issues.getIssueIdsForProject(project.getId()));
            } catch (GenericEntityException e) {
                throw new IllegalStateException("cannot list the issues of project " + project.getKey(), e);
            }
        }
        return ids;
    }

    @Override
    public JobRunnerResponse runJob(JobRunnerRequest request) {
        return lifecycle.run(request, this::run);
    }

    private JobRunnerResponse run(JobRunnerRequest request) {
        int done = 0;
        int added = 0;
        int total = 0;
        try {
            List<Long> ids = allIssueIds();
            total = ids.size();
            for (long id : ids) {
                if (lifecycle.shouldStop(request)) {
                    // the cycles recorded stay; the admin may start again at once rather than wait for STALE
                    save(new Progress("FAILED", done, total, added, clock.instant()));
                    LOG.info("The recompute of SLA cycles stopped with the plugin after {} of {} issues", done, total);
                    return JobRunnerResponse.success("stopped with the plugin");
                }
                added += record.applyAsInt(id);
                done++;
                if (done % BATCH == 0) {
                    save(new Progress("RUNNING", done, total, added, clock.instant()));
                }
            }
            save(new Progress("DONE", done, total, added, clock.instant()));
            return JobRunnerResponse.success("recorded " + added + " cycles");
        } catch (RuntimeException e) {
            LOG.error("The recompute of SLA cycles failed after {} of {} issues", done, total, e);
            save(new Progress("FAILED", done, total, added, clock.instant()));
            return JobRunnerResponse.failed(e);
        }
    }

    private Progress save(Progress progress) {
        settings()
                .put(
                        KEY,
                        String.join(
                                "|",
                                progress.state(),
                                String.valueOf(progress.done()),
                                String.valueOf(progress.total()),
                                String.valueOf(progress.added()),
                                progress.updatedAt().toString()));
        return progress;
    }

    private PluginSettings settings() {
        return settingsFactory.createGlobalSettings();
    }
}
