package io.serviceculture.bench.kudos;

import io.serviceculture.core.kudos.CompanyValue;
import io.serviceculture.core.kudos.GiveKudosCommand;
import io.serviceculture.core.kudos.GiveKudosService;
import io.serviceculture.core.kudos.Kudos;
import io.serviceculture.core.kudos.KudosSettings;
import io.serviceculture.core.kudos.LoadCompanyValuesPort;
import io.serviceculture.core.kudos.Receiver;
import io.serviceculture.core.kudos.Visibility;
import io.serviceculture.core.people.UserKey;
import io.serviceculture.core.testing.InMemoryDirectory;
import io.serviceculture.core.testing.InMemoryKudosStore;
import io.serviceculture.core.testing.MutableClock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The cost of the kudos rules alone (validation, directory and value checks, allowance slots) over in-memory
 * ports, so that the give-kudos load run can tell the rules' share from the database's.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(1)
public class GiveKudosRulesBenchmark {
    private static final int GIVERS = 10_000;

    private MutableClock clock = MutableClock.at("2026-11-23T09:00:00Z");
    private GiveKudosService service = newService();
    private long request;

    @Setup
    public void setUp() {
        clock = MutableClock.at("2026-11-23T09:00:00Z");
        service = newService();
        request = 0;
    }

    private GiveKudosService newService() {
        InMemoryDirectory directory = new InMemoryDirectory().withPerson("receiver");
        for (int i = 0; i < GIVERS; i++) {
            directory.withPerson("giver" + i);
        }
        InMemoryKudosStore store = new InMemoryKudosStore();
        List<CompanyValue> values = List.of(new CompanyValue("own-it", "Own it", "", true));
        LoadCompanyValuesPort valuesPort = new LoadCompanyValuesPort() {
            @Override
            public List<CompanyValue> allValues() {
                return values;
            }

            @Override
            public Optional<CompanyValue> findValue(String id) {
                return values.stream().filter(v -> v.id().equals(id)).findFirst();
            }
        };
        return new GiveKudosService(
                store, store, valuesPort, KudosSettings::defaults, directory, (viewer, issue) -> true, clock);
    }

    @Benchmark
    public Kudos giveKudos() {
        long n = request++;
        if (n % (GIVERS * KudosSettings.DEFAULT_WEEKLY_ALLOWANCE) == 0) {
            clock.advance(Duration.ofDays(7)); // a fresh week keeps every allowance open
        }
        return service.give(new GiveKudosCommand(
                UserKey.of("giver" + (n % GIVERS)),
                List.of(Receiver.person(UserKey.of("receiver"))),
                "own-it",
                "Thanks for the quick fix",
                OptionalLong.empty(),
                Visibility.PUBLIC,
                "r" + n));
    }
}
