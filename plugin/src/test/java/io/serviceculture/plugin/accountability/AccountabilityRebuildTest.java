package io.serviceculture.plugin.accountability;

import static org.assertj.core.api.Assertions.assertThat;

import io.serviceculture.core.accountability.AccountabilityService;
import io.serviceculture.core.testing.InMemoryAccountabilityStore;
import io.serviceculture.core.testing.InMemoryIssues;
import io.serviceculture.core.testing.InMemoryMembershipStore;
import io.serviceculture.core.testing.MutableClock;
import io.serviceculture.plugin.people.MapPluginSettings;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.Test;

public class AccountabilityRebuildTest {
    private final MapPluginSettings settings = new MapPluginSettings();
    private final InMemoryAccountabilityStore store = new InMemoryAccountabilityStore();
    private final InMemoryIssues issues = new InMemoryIssues();
    private final MutableClock clock = MutableClock.at("2026-11-23T10:00:00Z");
    private final List<Runnable> queued = new ArrayList<>();
    private final AccountabilityRebuild rebuild = new AccountabilityRebuild(
            settings.factory(),
            () -> List.of(1L, 2L, 3L),
            new AccountabilityService(
                    issues, new InMemoryMembershipStore(), id -> Optional.empty(), store, store, store, issues, clock),
            queued::add,
            clock);

    @Test
    public void askingTwiceWhileItRunsRebuildsOnce() {
        // when
        RebuildStatus first = rebuild.start();
        clock.advance(Duration.ofMinutes(1));
        RebuildStatus second = rebuild.start();

        // then
        assertThat(queued).hasSize(1);
        assertThat(second).isEqualTo(first);
        assertThat(second.isRunning()).isTrue();
    }

    @Test
    public void reportsEveryIssueDoneAtTheEnd() {
        // given
        rebuild.start();

        // when
        clock.advance(Duration.ofSeconds(5));
        queued.get(0).run();

        // then
        RebuildStatus status = rebuild.status();
        assertThat(status.state()).isEqualTo(RebuildStatus.DONE);
        assertThat(status.done()).isEqualTo(3);
        assertThat(status.total()).isEqualTo(3);
        assertThat(status.finished()).contains(clock.instant());
    }

    @Test
    public void aRebuildWhoseNodeStoppedReportingMayStartAgain() {
        // given
        rebuild.start();

        // when
        clock.advance(AccountabilityRebuild.STALLED.plusSeconds(1));
        rebuild.start();

        // then
        assertThat(queued).hasSize(2);
    }
}
