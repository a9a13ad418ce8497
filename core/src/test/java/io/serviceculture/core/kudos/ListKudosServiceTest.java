package io.serviceculture.core.kudos;

import static org.assertj.core.api.Assertions.assertThat;

import io.serviceculture.core.people.TeamKey;
import io.serviceculture.core.people.UserKey;
import io.serviceculture.core.testing.InMemoryKudosStore;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import org.junit.Test;

public class ListKudosServiceTest {
    private static final UserKey ALICE = UserKey.of("alice");
    private static final UserKey BOB = UserKey.of("bob");
    private static final UserKey CAROL = UserKey.of("carol");
    private static final UserKey MALLORY = UserKey.of("mallory");

    private final InMemoryKudosStore store = new InMemoryKudosStore();
    private final ListKudosService service = new ListKudosService(store);
    private int slot;

    @Test
    public void showsPrivateKudosOnlyToGiverReceiverTheirManagerAndHr() {
        // given
        Kudos secret = give(ALICE, Receiver.person(BOB), Visibility.PRIVATE);
        KudosQuery all = KudosQuery.all(10);

        // then
        assertThat(service.list(all, KudosReader.person(ALICE)).items()).containsExactly(secret);
        assertThat(service.list(all, KudosReader.person(BOB)).items()).containsExactly(secret);
        assertThat(service.list(all, new KudosReader(CAROL, false, Set.of(), Set.of(BOB)))
                        .items())
                .containsExactly(secret);
        assertThat(service.list(all, new KudosReader(CAROL, true, Set.of(), Set.of()))
                        .items())
                .containsExactly(secret);
        assertThat(service.list(all, KudosReader.person(MALLORY)).items()).isEmpty();
    }

    @Test
    public void showsPrivateTeamKudosToTheTeamsMembers() {
        Kudos toTeam = give(ALICE, Receiver.team(TeamKey.of("desk")), Visibility.PRIVATE);

        assertThat(service.list(KudosQuery.all(10), new KudosReader(CAROL, false, Set.of(TeamKey.of("desk")), Set.of()))
                        .items())
                .containsExactly(toTeam);
        assertThat(service.list(KudosQuery.all(10), KudosReader.person(MALLORY)).items())
                .isEmpty();
    }

    @Test
    public void fillsAPageAcrossPrivateKudosTheReaderCannotSee() {
        // given 30 kudos, every other one private between Alice and Bob, newest last
        List<Kudos> publicOnes = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            Kudos kudos = give(ALICE, Receiver.person(BOB), i % 2 == 0 ? Visibility.PUBLIC : Visibility.PRIVATE);
            if (kudos.visibility() == Visibility.PUBLIC) {
                publicOnes.add(0, kudos);
            }
        }
        KudosReader mallory = KudosReader.person(MALLORY);

        // when Mallory pages through 4 at a time
        KudosPage first = service.list(KudosQuery.all(4), mallory);
        KudosPage second =
                service.list(KudosQuery.all(4).before(first.nextBeforeId().getAsLong()), mallory);

        // then she sees only public ones, in order, with no gap and no repeat
        assertThat(first.items()).containsExactlyElementsOf(publicOnes.subList(0, 4));
        assertThat(second.items()).containsExactlyElementsOf(publicOnes.subList(4, 8));
    }

    @Test
    public void saysThereIsNoNextPageAtTheEnd() {
        give(ALICE, Receiver.person(BOB), Visibility.PUBLIC);
        give(ALICE, Receiver.person(BOB), Visibility.PUBLIC);

        KudosPage page = service.list(KudosQuery.all(2), KudosReader.person(MALLORY));

        assertThat(page.items()).hasSize(2);
        assertThat(page.nextBeforeId()).isEmpty();
    }

    @Test
    public void neverShowsHiddenKudosToOrdinaryReadersEvenWhenAsked() {
        give(ALICE, Receiver.person(BOB), Visibility.PUBLIC);

        KudosPage page = service.list(KudosQuery.all(10).includingHidden(), KudosReader.person(MALLORY));

        assertThat(page.items()).hasSize(1);
        assertThat(page.items().get(0).isHidden()).isFalse();
    }

    @Test
    public void letsPeopleSeeTheirOwnFiguresAndTheirReportsButNotOthers() {
        KudosReader manager = new KudosReader(CAROL, false, Set.of(), Set.of(BOB));

        assertThat(KudosReader.person(BOB).canSeeFiguresOf(BOB)).isTrue();
        assertThat(manager.canSeeFiguresOf(BOB)).isTrue();
        assertThat(manager.canSeeFiguresOf(ALICE)).isFalse();
        assertThat(new KudosReader(MALLORY, true, Set.of(), Set.of()).canSeeFiguresOf(ALICE))
                .isTrue();
    }

    private Kudos give(UserKey giver, Receiver receiver, Visibility visibility) {
        Instant at = Instant.parse("2026-11-23T09:00:00Z").plusSeconds(slot);
        NewKudos kudos = new NewKudos(
                giver, List.of(receiver), "own-it", "Thanks", OptionalLong.empty(), visibility, at, "r" + slot);
        SaveKudosPort.SaveOutcome outcome =
                store.save(kudos, new AllowanceSlot(giver, IsoWeek.of(at, ZoneOffset.UTC), ++slot));
        return ((SaveKudosPort.Saved) outcome).kudos();
    }
}
