package io.serviceculture.plugin.standards;

import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.sal.api.pluginsettings.PluginSettings;
import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;
import io.serviceculture.core.common.ConflictException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.LongToIntFunction;
import javax.inject.Inject;
import javax.inject.Named;
import org.ofbiz.core.entity.GenericEntityException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Records every issue's cycles again from its history, in the background, in batches, with its progress in
 * plugin settings so that every node of the cluster reports the same. Recording never rewrites a stored cycle and
 * the running state of an issue is replaced as a whole, so running it again gives the same stored results.
 */
@Named
public class StandardsRecompute {
    static final String KEY = "io.serviceculture.jira.standards.recompute";
    static final int BATCH = 100;
    /** A run that reported nothing for this long died with its node; another may start. */
    static final Duration STALE = Duration.ofMinutes(10);

    private static final Logger LOG = LoggerFactory.getLogger(StandardsRecompute.class);

    private final ProjectManager projects;
    private final IssueManager issues;
    private final PluginSettingsFactory settingsFactory;
    private final LongToIntFunction record;
    private final Clock clock;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "service-culture-sla-recompute");
        thread.setDaemon(true);
        return thread;
    });

    @Inject
    public StandardsRecompute(
            ProjectManager projects,
            IssueManager issues,
            PluginSettingsFactory settingsFactory,
            StandardsUseCases useCases) {
        this(projects, issues, settingsFactory, useCases::record, Clock.systemUTC());
    }

    StandardsRecompute(
            ProjectManager projects,
            IssueManager issues,
            PluginSettingsFactory settingsFactory,
            LongToIntFunction record,
            Clock clock) {
        this.projects = projects;
        this.issues = issues;
        this.settingsFactory = settingsFactory;
        this.record = record;
        this.clock = clock;
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
        if (progress().runningSince(clock.instant())) {
            throw new ConflictException("service-culture.standards.recompute.error.running");
        }
        List<Long> ids = new ArrayList<>();
        for (Project project : projects.getProjectObjects()) {
            try {
                ids.addAll(issues.getIssueIdsForProject(project.getId()));
            } catch (GenericEntityException e) {
                throw new IllegalStateException("cannot list the issues of project " + project.getKey(), e);
            }
        }
        Progress started = save(new Progress("RUNNING", 0, ids.size(), 0, clock.instant()));
        worker.execute(() -> run(ids));
        return started;
    }

    private void run(List<Long> ids) {
        int done = 0;
        int added = 0;
        try {
            for (long id : ids) {
                added += record.applyAsInt(id);
                done++;
                if (done % BATCH == 0) {
                    save(new Progress("RUNNING", done, ids.size(), added, clock.instant()));
                }
            }
            save(new Progress("DONE", done, ids.size(), added, clock.instant()));
        } catch (RuntimeException e) {
            LOG.error("The recompute of SLA cycles failed after {} of {} issues", done, ids.size(), e);
            save(new Progress("FAILED", done, ids.size(), added, clock.instant()));
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
