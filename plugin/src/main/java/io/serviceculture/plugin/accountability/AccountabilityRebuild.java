package io.serviceculture.plugin.accountability;

import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;
import io.serviceculture.core.accountability.AccountabilityService;
import io.serviceculture.core.accountability.IssueCatalogPort;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import javax.inject.Inject;
import javax.inject.Named;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The admin's rebuild of every issue's facts from history, in the background, with its progress in Jira's plugin
 * settings so every node can report it. Starting it while it runs returns the running one: asking twice rebuilds
 * once, and a rebuild gives the same facts however often it runs. A run whose node stopped reporting for
 * {@link #STALLED} may be started again, from the beginning: every page it writes replaces that page's rows whole,
 * so a run that stopped midway leaves nothing a new run would not overwrite.
 */
@Named
public class AccountabilityRebuild {
    static final String STATUS = "io.serviceculture.jira.accountability.rebuild";
    static final Duration STALLED = Duration.ofMinutes(10);
    private static final Logger LOG = LoggerFactory.getLogger(AccountabilityRebuild.class);

    private final PluginSettingsFactory settings;
    private final IssueCatalogPort catalog;
    private final AccountabilityService service;
    private final Executor executor;
    private final Clock clock;

    @Inject
    public AccountabilityRebuild(
            PluginSettingsFactory settings, JiraIssueCatalog catalog, AccountabilityUseCases useCases) {
        this(settings, catalog, useCases.service(), AccountabilityRebuild::inBackground, Clock.systemUTC());
    }

    AccountabilityRebuild(
            PluginSettingsFactory settings,
            IssueCatalogPort catalog,
            AccountabilityService service,
            Executor executor,
            Clock clock) {
        this.settings = settings;
        this.catalog = catalog;
        this.service = service;
        this.executor = executor;
        this.clock = clock;
    }

    private static void inBackground(Runnable work) {
        Thread thread = new Thread(work, "service-culture-accountability-rebuild");
        thread.setDaemon(true);
        thread.start();
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
        executor.execute(() -> run(started));
        return started;
    }

    private void run(RebuildStatus started) {
        Instant startedAt = started.started().orElseThrow();
        try {
            List<Long> ids = catalog.allIssueIds();
            int total = ids.size();
            save(running(startedAt, 0, total));
            // progress after every page the service wrote: a few hundred settings writes for 100k issues
            int analysed = service.rebuild(ids, done -> save(running(startedAt, done, total)));
            Instant end = clock.instant();
            save(new RebuildStatus(RebuildStatus.DONE, analysed, total, Optional.of(startedAt), Optional.of(end), end));
            LOG.info("Rebuilt the accountability facts of {} issues", analysed);
        } catch (RuntimeException e) {
            Instant end = clock.instant();
            RebuildStatus last = status();
            save(new RebuildStatus(
                    RebuildStatus.FAILED, last.done(), last.total(), Optional.of(startedAt), Optional.of(end), end));
            LOG.error("The accountability rebuild failed", e);
        }
    }

    private RebuildStatus running(Instant startedAt, int done, int total) {
        return new RebuildStatus(
                RebuildStatus.RUNNING, done, total, Optional.of(startedAt), Optional.empty(), clock.instant());
    }

    private void save(RebuildStatus status) {
        settings.createGlobalSettings().put(STATUS, status.write());
    }
}
