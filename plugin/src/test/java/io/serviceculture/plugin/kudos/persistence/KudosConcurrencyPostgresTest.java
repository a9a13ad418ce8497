package io.serviceculture.plugin.kudos.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.serviceculture.core.common.ConflictException;
import io.serviceculture.core.kudos.AllowanceSlot;
import io.serviceculture.core.kudos.GiveKudosCommand;
import io.serviceculture.core.kudos.GiveKudosService;
import io.serviceculture.core.kudos.IsoWeek;
import io.serviceculture.core.kudos.Kudos;
import io.serviceculture.core.kudos.KudosSettings;
import io.serviceculture.core.kudos.NewKudos;
import io.serviceculture.core.kudos.Receiver;
import io.serviceculture.core.kudos.SaveKudosPort.Saved;
import io.serviceculture.core.kudos.Visibility;
import io.serviceculture.core.people.UserKey;
import io.serviceculture.core.testing.InMemoryDirectory;
import io.serviceculture.plugin.testing.TestDatabase;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/**
 * Many requests of one giver at the same moment, as from several browser tabs or cluster nodes, on a real
 * PostgreSQL: only its unique columns stand between them and the allowance.
 */
public class KudosConcurrencyPostgresTest {
    private static final int THREADS = 8;
    private static final int ATTEMPTS_PER_THREAD = 20;
    private static final int ALLOWANCE = 10;
    private static final UserKey ALICE = UserKey.of("alice");
    private static final UserKey BOB = UserKey.of("bob");
    private static final Instant WEDNESDAY = Instant.parse("2026-11-25T10:00:00Z");
    private static final IsoWeek WEEK_48 = new IsoWeek(2026, 48);

    private TestDatabase.Fresh database;
    private AoKudosStore store;
    private GiveKudosService service;
    private ExecutorService threads;

    @Before
    public void startOnAnEmptyDatabase() {
        database = TestDatabase.POSTGRESQL.fresh(KudosAO.class, KudosReceiverAO.class, CompanyValueAO.class);
        store = new AoKudosStore(database.ao());
        service = new GiveKudosService(
                store,
                store,
                new AoCompanyValues(database.ao()),
                () -> new KudosSettings(ALLOWANCE),
                new InMemoryDirectory().withPerson("alice").withPerson("bob"),
                (viewer, issueId) -> true,
                Clock.fixed(WEDNESDAY, ZoneOffset.UTC));
        threads = Executors.newFixedThreadPool(THREADS);
    }

    @After
    public void stopThreads() throws InterruptedException {
        threads.shutdownNow();
        assertThat(threads.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    public void storesExactlyTheAllowanceWhenEveryAttemptRacesForTheSameSlots() throws Exception {
        // when 8 threads each try 20 kudos, every attempt walking the slots from the first free one
        List<Boolean> saved = race(attempt -> {
            NewKudos kudos = kudos("req-" + attempt);
            for (int slot = store.countSlotsUsed(ALICE, WEEK_48) + 1; slot <= ALLOWANCE; slot++) {
                if (store.save(kudos, new AllowanceSlot(ALICE, WEEK_48, slot)) instanceof Saved) {
                    return true;
                }
            }
            return false;
        });

        // then
        assertThat(saved).filteredOn(s -> s).hasSize(ALLOWANCE);
        assertThat(slotsInTheDatabase())
                .containsExactlyInAnyOrderElementsOf(IntStream.rangeClosed(1, ALLOWANCE)
                        .mapToObj(n -> "alice|2026-W48|" + n)
                        .toList());
        assertThat(database.ao().count(KudosReceiverAO.class)).isEqualTo(ALLOWANCE);
    }

    @Test
    public void givesExactlyTheAllowanceThroughTheUseCaseAndRefusesTheRest() throws Exception {
        // when
        List<Boolean> given = race(attempt -> {
            try {
                service.give(command("req-" + attempt));
                return true;
            } catch (ConflictException e) {
                assertThat(e).hasMessageContaining("service-culture.kudos.error.allowance.exceeded");
                return false;
            }
        });

        // then
        assertThat(given).filteredOn(g -> g).hasSize(ALLOWANCE);
        assertThat(given).filteredOn(g -> !g).hasSize(THREADS * ATTEMPTS_PER_THREAD - ALLOWANCE);
        assertThat(database.ao().count(KudosAO.class)).isEqualTo(ALLOWANCE);
        assertThat(store.countSlotsUsed(ALICE, WEEK_48)).isEqualTo(ALLOWANCE);
    }

    @Test
    public void answersEveryTwinOfOneRequestWithTheSameKudos() throws Exception {
        // when every attempt sends the same client request id
        List<Long> ids = race(attempt -> service.give(command("the-one")).id());

        // then
        assertThat(ids).hasSize(THREADS * ATTEMPTS_PER_THREAD).containsOnly(ids.get(0));
        assertThat(database.ao().count(KudosAO.class)).isEqualTo(1);
        assertThat(store.findByClientRequest(ALICE, "the-one")).map(Kudos::id).contains(ids.get(0));
    }

    private interface Attempt<T> {
        T run(int attempt) throws Exception;
    }

    /** Runs every attempt, released together so that they really overlap, and returns their results. */
    private <T> List<T> race(Attempt<T> attempt) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<List<T>>> workers = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            int thread = t;
            Callable<List<T>> worker = () -> {
                start.await();
                List<T> results = new ArrayList<>();
                for (int i = 0; i < ATTEMPTS_PER_THREAD; i++) {
                    results.add(attempt.run(thread * ATTEMPTS_PER_THREAD + i));
                }
                return results;
            };
            workers.add(threads.submit(worker));
        }
        start.countDown();
        List<T> all = new ArrayList<>();
        for (Future<List<T>> worker : workers) {
            all.addAll(worker.get(2, TimeUnit.MINUTES));
        }
        return all;
    }

    private List<String> slotsInTheDatabase() {
        return Arrays.stream(database.ao().find(KudosAO.class))
                .map(KudosAO::getSlot)
                .toList();
    }

    private static NewKudos kudos(String requestId) {
        return new NewKudos(
                ALICE,
                List.of(Receiver.person(BOB)),
                "own-it",
                "Thanks",
                OptionalLong.empty(),
                Visibility.PUBLIC,
                WEDNESDAY,
                requestId);
    }

    private static GiveKudosCommand command(String requestId) {
        return new GiveKudosCommand(
                ALICE,
                List.of(Receiver.person(BOB)),
                "own-it",
                "Thanks",
                OptionalLong.empty(),
                Visibility.PUBLIC,
                requestId);
    }
}
