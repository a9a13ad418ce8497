package io.serviceculture.core.kudos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.serviceculture.core.common.ConflictException;
import io.serviceculture.core.common.DomainException;
import io.serviceculture.core.common.InvalidInputException;
import io.serviceculture.core.common.NotFoundException;
import io.serviceculture.core.common.PermissionDeniedException;
import io.serviceculture.core.people.TeamKey;
import io.serviceculture.core.people.UserKey;
import io.serviceculture.core.testing.InMemoryDirectory;
import io.serviceculture.core.testing.InMemoryKudosStore;
import io.serviceculture.core.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.Test;

public class GiveKudosServiceTest {
    private static final ZoneId AUCKLAND = ZoneId.of("Pacific/Auckland");

    private final InMemoryKudosStore store = new InMemoryKudosStore();
    private final InMemoryDirectory directory = new InMemoryDirectory()
            .withPerson("alice")
            .withPerson("bob")
            .withPerson("carol")
            .withPerson("kiri", true, AUCKLAND)
            .withPerson("gone", false, ZoneOffset.UTC)
            .withTeam("service-desk");
    private final Set<Long> browsableIssues = Set.of(10_001L);
    private final MutableClock clock = MutableClock.at("2026-11-18T10:00:00Z"); // a Wednesday
    private final AtomicInteger allowance = new AtomicInteger(3);
    private final LoadCompanyValuesPort values = new LoadCompanyValuesPort() {
        private final List<CompanyValue> all = List.of(
                new CompanyValue("own-it", "Own it end to end", "", true),
                new CompanyValue("retired", "Old value", "", false));

        @Override
        public List<CompanyValue> allValues() {
            return all;
        }

        @Override
        public Optional<CompanyValue> findValue(String id) {
            return all.stream().filter(v -> v.id().equals(id)).findFirst();
        }
    };

    private final java.util.List<Kudos> givenEvents = new java.util.ArrayList<>();
    private final GiveKudosService service = new GiveKudosService(
            store,
            store,
            values,
            () -> new KudosSettings(allowance.get()),
            directory,
            (viewer, issueId) -> browsableIssues.contains(issueId),
            clock,
            new KudosEventsPort() {
                @Override
                public void given(Kudos kudos) {
                    givenEvents.add(kudos);
                }

                @Override
                public void hidden(Kudos kudos) {}
            });

    private int requests;

    @Test
    public void recordsKudosWithItsValueMessageAndTime() {
        // when
        Kudos kudos = service.give(command("alice", "user:bob", "  Thanks for owning the outage!  "));

        // then
        assertThat(kudos.id()).isPositive();
        assertThat(kudos.giver()).isEqualTo(UserKey.of("alice"));
        assertThat(kudos.receivers()).containsExactly(Receiver.person(UserKey.of("bob")));
        assertThat(kudos.valueId()).isEqualTo("own-it");
        assertThat(kudos.message()).isEqualTo("Thanks for owning the outage!");
        assertThat(kudos.givenAt()).isEqualTo(Instant.parse("2026-11-18T10:00:00Z"));
        assertThat(store.findById(kudos.id())).contains(kudos);
    }

    @Test
    public void rejectsKudosToSelf() {
        assertThatThrownBy(() -> service.give(command("alice", "user:alice", "Me!")))
                .isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((DomainException) e).messageKey())
                .isEqualTo("service-culture.kudos.error.self");
        assertThat(store.size()).isZero();
    }

    @Test
    public void rejectsKudosToSelfAmongOtherReceivers() {
        assertThatThrownBy(() -> service.give(command("alice", List.of("user:bob", "user:alice"), "Us")))
                .isInstanceOf(InvalidInputException.class);
        assertThat(store.size()).isZero();
    }

    @Test
    public void rejectsDeactivatedReceiver() {
        assertThatThrownBy(() -> service.give(command("alice", "user:gone", "Thanks")))
                .isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((DomainException) e).messageKey(), e -> ((DomainException) e).field())
                .containsExactly("service-culture.kudos.error.receiver.inactive", Optional.of("receivers"));
    }

    @Test
    public void rejectsUnknownReceiver() {
        assertThatThrownBy(() -> service.give(command("alice", "user:nobody", "Thanks")))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    public void acceptsAKnownTeamAsReceiver() {
        Kudos kudos = service.give(command("alice", "team:service-desk", "Great quarter, team"));

        assertThat(kudos.receivers()).containsExactly(Receiver.team(TeamKey.of("service-desk")));
    }

    @Test
    public void rejectsAGroupThatIsNotATeam() {
        assertThatThrownBy(() -> service.give(command("alice", "team:jira-users", "Everyone")))
                .isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((DomainException) e).messageKey())
                .isEqualTo("service-culture.kudos.error.receiver.unknown-team");
    }

    @Test
    public void rejectsUnknownAndRetiredValues() {
        assertThatThrownBy(() -> service.give(commandWithValue("no-such-value")))
                .isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((DomainException) e).field())
                .isEqualTo(Optional.of("value"));
        assertThatThrownBy(() -> service.give(commandWithValue("retired"))).isInstanceOf(InvalidInputException.class);
    }

    @Test
    public void refusesADeactivatedGiver() {
        assertThatThrownBy(() -> service.give(command("gone", "user:bob", "Thanks")))
                .isInstanceOf(PermissionDeniedException.class);
    }

    @Test
    public void linksAnIssueTheGiverCanBrowse() {
        Kudos kudos = service.give(commandOnIssue(10_001L));

        assertThat(kudos.issueId()).hasValue(10_001L);
    }

    @Test
    public void treatsAnIssueTheGiverCannotBrowseAsUnknown() {
        assertThatThrownBy(() -> service.give(commandOnIssue(20_002L)))
                .isInstanceOf(NotFoundException.class)
                .extracting(e -> ((DomainException) e).messageKey())
                .isEqualTo("service-culture.kudos.error.issue.unknown");
        assertThat(store.size()).isZero();
    }

    @Test
    public void returnsTheEarlierKudosWhenARequestIsRepeated() {
        // given
        GiveKudosCommand command = command("alice", "user:bob", "Thanks");
        Kudos first = service.give(command);

        // when
        Kudos again = service.give(command);

        // then
        assertThat(again).isEqualTo(first);
        assertThat(givenEvents).as("receivers are told once, not per retry").containsExactly(first);
        assertThat(store.size()).isEqualTo(1);
        assertThat(store.countSlotsUsed(UserKey.of("alice"), IsoWeek.of(clock.instant(), ZoneOffset.UTC)))
                .isEqualTo(1);
    }

    @Test
    public void thanksSeveralPeopleAndATeamInOneKudosUsingOneSlot() {
        // when
        Kudos kudos =
                service.give(command("alice", List.of("user:bob", "user:carol", "team:service-desk"), "Thanks all"));

        // then
        assertThat(kudos.receivers()).hasSize(3);
        assertThat(store.countSlotsUsed(UserKey.of("alice"), IsoWeek.of(clock.instant(), ZoneOffset.UTC)))
                .isEqualTo(1);
    }

    @Test
    public void refusesKudosBeyondTheWeeklyAllowance() {
        // given the allowance of 3 is used up
        for (int i = 0; i < 3; i++) {
            service.give(command("alice", "user:bob", "Thanks " + i));
        }

        // then the fourth is refused with the limit in the message
        assertThatThrownBy(() -> service.give(command("alice", "user:bob", "One more")))
                .isInstanceOf(ConflictException.class)
                .extracting(e -> ((DomainException) e).messageKey(), e -> ((DomainException) e).arguments())
                .containsExactly("service-culture.kudos.error.allowance.exceeded", List.of(3));
        assertThat(store.size()).isEqualTo(3);
    }

    @Test
    public void countsOneKudosOnceHoweverManyReceivers() {
        service.give(command("alice", List.of("user:bob", "user:carol", "team:service-desk"), "All of you"));
        service.give(command("alice", "user:bob", "Second"));
        service.give(command("alice", "user:carol", "Third"));

        assertThat(store.size()).isEqualTo(3);
    }

    @Test
    public void allowanceIsPerGiver() {
        for (int i = 0; i < 3; i++) {
            service.give(command("alice", "user:carol", "From Alice " + i));
        }

        Kudos fromBob = service.give(command("bob", "user:carol", "From Bob"));

        assertThat(fromBob.giver()).isEqualTo(UserKey.of("bob"));
    }

    @Test
    public void startsANewAllowanceOnMondayInTheGiversTimeZone() {
        // given Sunday 2026-11-22 12:30 UTC, which is already Monday 01:30 in Auckland (UTC+13)
        clock.set(Instant.parse("2026-11-22T12:30:00Z"));
        for (int i = 0; i < 3; i++) {
            service.give(command("kiri", "user:bob", "Monday in Auckland " + i));
        }
        // and a UTC giver at the same instant is still in last week
        clock.set(Instant.parse("2026-11-21T12:30:00Z"));
        for (int i = 0; i < 3; i++) {
            service.give(command("alice", "user:bob", "Saturday " + i));
        }
        clock.set(Instant.parse("2026-11-22T12:30:00Z"));

        // then Auckland's week is used up, while Alice's new week starts only at Monday 00:00 UTC
        assertThatThrownBy(() -> service.give(command("kiri", "user:bob", "Too many")))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> service.give(command("alice", "user:bob", "Still Sunday")))
                .isInstanceOf(ConflictException.class);
        clock.advance(Duration.ofHours(12));
        assertThat(service.give(command("alice", "user:bob", "Monday in UTC")).id())
                .isPositive();
    }

    @Test
    public void movesToTheNextSlotWhenAConcurrentRequestTookOne() {
        // given another node took slot 1 between our count and our insert
        IsoWeek week = IsoWeek.of(clock.instant(), ZoneOffset.UTC);
        store.takeSlotBehindTheServicesBack(new AllowanceSlot(UserKey.of("alice"), week, 1));

        // when
        service.give(command("alice", "user:bob", "Thanks"));

        // then slots 1 and 2 are used and only one more kudos fits
        assertThat(store.countSlotsUsed(UserKey.of("alice"), week)).isEqualTo(2);
        service.give(command("alice", "user:bob", "Again"));
        assertThatThrownBy(() -> service.give(command("alice", "user:bob", "Over")))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    public void returnsTheEarlierKudosToARepeatedRequestEvenOnceTheGiverIsDeactivated() {
        // given
        GiveKudosCommand command = command("alice", "user:bob", "Thanks");
        Kudos first = service.give(command);
        directory.withPerson("alice", false, ZoneOffset.UTC);

        // then the retry is answered as before, while a new kudos is refused
        assertThat(service.give(command)).isEqualTo(first);
        assertThatThrownBy(() -> service.give(command("alice", "user:bob", "More")))
                .isInstanceOf(PermissionDeniedException.class);
        assertThat(store.size()).isEqualTo(1);
    }

    @Test
    public void returnsTheEarlierKudosToARepeatedRequestOnceTheAllowanceIsUsedUp() {
        // given the third and last kudos of the week
        service.give(command("alice", "user:bob", "One"));
        service.give(command("alice", "user:bob", "Two"));
        GiveKudosCommand last = command("alice", "user:bob", "Three");
        Kudos third = service.give(last);

        // when its request is repeated
        Kudos again = service.give(last);

        // then
        assertThat(again).isEqualTo(third);
        assertThat(givenEvents).hasSize(3);
    }

    @Test
    public void returnsTheEarlierKudosToARepeatedRequestInALaterWeek() {
        // given
        GiveKudosCommand command = command("alice", "user:bob", "Thanks");
        Kudos first = service.give(command);
        clock.advance(Duration.ofDays(7));

        // when
        Kudos again = service.give(command);

        // then nothing new is stored in the new week
        assertThat(again).isEqualTo(first);
        assertThat(store.size()).isEqualTo(1);
        assertThat(store.countSlotsUsed(UserKey.of("alice"), IsoWeek.of(clock.instant(), ZoneOffset.UTC)))
                .isZero();
    }

    @Test
    public void readsOnlyTheSlotsUsedBeforeStoringAKudos() {
        // given a store that notes each read
        List<String> reads = new ArrayList<>();
        LoadKudosPort noting = new LoadKudosPort() {
            @Override
            public Optional<Kudos> findById(long id) {
                reads.add("findById");
                return store.findById(id);
            }

            @Override
            public Optional<Kudos> findByClientRequest(UserKey giver, String clientRequestId) {
                reads.add("findByClientRequest");
                return store.findByClientRequest(giver, clientRequestId);
            }

            @Override
            public int countSlotsUsed(UserKey giver, IsoWeek week) {
                reads.add("countSlotsUsed");
                return store.countSlotsUsed(giver, week);
            }

            @Override
            public KudosPage findKudos(KudosQuery query) {
                reads.add("findKudos");
                return store.findKudos(query);
            }
        };
        GiveKudosService giving = new GiveKudosService(
                noting,
                store,
                values,
                () -> new KudosSettings(allowance.get()),
                directory,
                (viewer, issueId) -> false,
                clock);

        // when a kudos is given, then refused over the allowance of 1
        allowance.set(1);
        giving.give(command("alice", "user:bob", "Thanks"));
        assertThatThrownBy(() -> giving.give(command("alice", "user:bob", "Over")))
                .isInstanceOf(ConflictException.class);

        // then a new kudos cost one read; only the refused request looked for an earlier kudos under its id
        assertThat(reads).containsExactly("countSlotsUsed", "countSlotsUsed", "findByClientRequest");
    }

    private GiveKudosCommand command(String giver, String receiver, String message) {
        return command(giver, List.of(receiver), message);
    }

    private GiveKudosCommand command(String giver, List<String> receivers, String message) {
        return new GiveKudosCommand(
                UserKey.of(giver),
                receivers.stream().map(Receiver::parse).toList(),
                "own-it",
                message,
                OptionalLong.empty(),
                Visibility.PUBLIC,
                "request-" + ++requests);
    }

    private GiveKudosCommand commandWithValue(String value) {
        return new GiveKudosCommand(
                UserKey.of("alice"),
                List.of(Receiver.parse("user:bob")),
                value,
                "Thanks",
                OptionalLong.empty(),
                Visibility.PUBLIC,
                "request-" + ++requests);
    }

    private GiveKudosCommand commandOnIssue(long issueId) {
        return new GiveKudosCommand(
                UserKey.of("alice"),
                List.of(Receiver.parse("user:bob")),
                "own-it",
                "Thanks for fixing it",
                OptionalLong.of(issueId),
                Visibility.PRIVATE,
                "request-" + ++requests);
    }
}
