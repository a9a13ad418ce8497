package io.serviceculture.core.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.serviceculture.core.common.InvalidInputException;
import io.serviceculture.core.testing.MutableClock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.junit.Test;

public class RetentionServiceTest {
    private final MutableClock clock = MutableClock.at("2026-11-23T10:00:00Z");

    @Test
    public void keepsEverythingWhileRetentionIsOff() {
        // given
        RecordingPurge purge = new RecordingPurge(List.of(Instant.parse("2000-01-01T00:00:00Z")), List.of());

        // when
        RetentionService.Purged purged = new RetentionService(purge, clock, 2).apply(RetentionPolicy.keepForever());

        // then
        assertThat(purged).isEqualTo(RetentionService.Purged.NOTHING);
        assertThat(purge.calls).isEmpty();
    }

    @Test
    public void purgesWhatIsOlderThanTheLimitInCalendarMonthsBatchByBatch() {
        // given five kudos before 2026-05-23T10:00Z (six months before now), one after, and one old rating
        RecordingPurge purge = new RecordingPurge(
                List.of(
                        Instant.parse("2025-01-01T00:00:00Z"),
                        Instant.parse("2025-06-01T00:00:00Z"),
                        Instant.parse("2026-01-01T00:00:00Z"),
                        Instant.parse("2026-05-01T00:00:00Z"),
                        Instant.parse("2026-05-23T09:59:59Z"),
                        Instant.parse("2026-05-23T10:00:00Z")),
                List.of(Instant.parse("2026-02-01T00:00:00Z")));

        // when
        RetentionService.Purged purged = new RetentionService(purge, clock, 2).apply(new RetentionPolicy(6));

        // then the kudos go in batches of two until a batch comes back short
        assertThat(purged).isEqualTo(new RetentionService.Purged(5, 1));
        assertThat(purge.calls)
                .containsExactly(
                        "kudos<2026-05-23T10:00:00Z",
                        "kudos<2026-05-23T10:00:00Z",
                        "kudos<2026-05-23T10:00:00Z",
                        "ratings<2026-05-23T10:00:00Z");
        assertThat(purge.kudos).containsExactly(Instant.parse("2026-05-23T10:00:00Z"));
    }

    @Test
    public void refusesALimitOutsideThreeToOneHundredTwentyMonths() {
        for (int months : new int[] {-1, 1, 2, 121}) {
            InvalidInputException refused =
                    catchThrowableOfType(InvalidInputException.class, () -> new RetentionPolicy(months));
            assertThat(refused.messageKey()).isEqualTo("service-culture.retention.error.months");
            assertThat(refused.arguments()).containsExactly(3, 120);
        }
        assertThat(new RetentionPolicy(3).isOn()).isTrue();
        assertThat(new RetentionPolicy(120).isOn()).isTrue();
    }

    /** Rows by timestamp; each call deletes the oldest ones before the cutoff, up to the limit. */
    private static final class RecordingPurge implements RetentionPurgePort {
        final TreeSet<Instant> kudos;
        final TreeSet<Instant> ratings;
        final List<String> calls = new ArrayList<>();

        RecordingPurge(List<Instant> kudos, List<Instant> ratings) {
            this.kudos = new TreeSet<>(kudos);
            this.ratings = new TreeSet<>(ratings);
        }

        @Override
        public int purgeKudosGivenBefore(Instant cutoff, int limit) {
            calls.add("kudos<" + cutoff);
            return take(kudos, cutoff, limit);
        }

        @Override
        public int purgeRatingsBefore(Instant cutoff, int limit) {
            calls.add("ratings<" + cutoff);
            return take(ratings, cutoff, limit);
        }

        private static int take(java.util.NavigableSet<Instant> rows, Instant cutoff, int limit) {
            int taken = 0;
            while (taken < limit && !rows.isEmpty() && rows.first().isBefore(cutoff)) {
                rows.pollFirst();
                taken++;
            }
            return taken;
        }
    }
}
