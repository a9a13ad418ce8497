package io.serviceculture.standalone.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.scheduler.config.JobId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.h2.jdbcx.JdbcConnectionPool;
import org.junit.After;
import org.junit.Test;

public class DatabaseJobClaimsTest {
    private static final JobId JOB = JobId.of("io.serviceculture.test.nightly");
    private static final long HOUR = 3_600_000L;
    private static final long NOW = 1_800_000_000_000L;

    private final JdbcConnectionPool pool =
            JdbcConnectionPool.create("jdbc:h2:mem:claims" + System.nanoTime() + ";DB_CLOSE_DELAY=-1", "sa", "");
    // two nodes over one database
    private final DatabaseJobClaims nodeOne = new DatabaseJobClaims(pool);
    private final DatabaseJobClaims nodeTwo = new DatabaseJobClaims(pool);

    @After
    public void close() {
        pool.dispose();
    }

    @Test
    public void letsOneOfManyRacingNodesClaimADueRun() throws Exception {
        // given
        nodeOne.schedule(JOB, HOUR, NOW);
        CyclicBarrier together = new CyclicBarrier(8);
        ExecutorService threads = Executors.newFixedThreadPool(8);

        // when eight threads on two nodes claim the run at the same moment
        List<Future<Boolean>> claims = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
            DatabaseJobClaims node = t % 2 == 0 ? nodeOne : nodeTwo;
            claims.add(threads.submit(() -> {
                together.await();
                return node.claim(JOB, NOW);
            }));
        }
        int won = 0;
        for (Future<Boolean> claim : claims) {
            won += claim.get(30, TimeUnit.SECONDS) ? 1 : 0;
        }
        threads.shutdownNow();

        // then
        assertThat(won).isEqualTo(1);
    }

    @Test
    public void movesTheNextRunOneIntervalOnAfterAClaim() {
        nodeOne.schedule(JOB, HOUR, NOW);

        assertThat(nodeOne.claim(JOB, NOW)).isTrue();
        assertThat(nodeTwo.claim(JOB, NOW + HOUR - 1)).isFalse();
        assertThat(nodeTwo.claim(JOB, NOW + HOUR)).isTrue();
    }

    @Test
    public void keepsTheNextRunWhenAnotherNodeSchedulesTheSameInterval() {
        // given node one has run the job
        nodeOne.schedule(JOB, HOUR, NOW);
        nodeOne.claim(JOB, NOW);

        // when node two starts and schedules it too
        nodeTwo.schedule(JOB, HOUR, NOW + 10);

        // then it is not due again before its interval
        assertThat(nodeTwo.claim(JOB, NOW + 10)).isFalse();
    }

    @Test
    public void startsAnewWhenTheIntervalChanges() {
        nodeOne.schedule(JOB, HOUR, NOW);
        nodeOne.claim(JOB, NOW);

        nodeTwo.schedule(JOB, 2 * HOUR, NOW + 10);

        assertThat(nodeTwo.claim(JOB, NOW + 10)).isTrue();
    }

    @Test
    public void runsAJobMadeDueAtOnce() {
        nodeOne.schedule(JOB, HOUR, NOW);
        nodeOne.claim(JOB, NOW);

        nodeTwo.makeDue(JOB);

        assertThat(nodeOne.claim(JOB, NOW + 1)).isTrue();
    }
}
