package io.serviceculture.core.kudos;

import static io.serviceculture.core.kudos.KudosFixtures.person;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.serviceculture.core.common.ConflictException;
import io.serviceculture.core.common.InvalidInputException;
import io.serviceculture.core.common.NotFoundException;
import io.serviceculture.core.common.PermissionDeniedException;
import io.serviceculture.core.people.UserKey;
import io.serviceculture.core.testing.InMemoryKudosStore;
import io.serviceculture.core.testing.MutableClock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.Test;

public class HideKudosServiceTest {
    private static final KudosReader HR = new KudosReader(UserKey.of("hanna"), true, Set.of(), Set.of());

    private final InMemoryKudosStore store = new InMemoryKudosStore();
    private final KudosFixtures fixtures = new KudosFixtures(store);
    private final List<Kudos> hiddenEvents = new ArrayList<>();
    private final HideKudosService service = new HideKudosService(
            store,
            store,
            new KudosEventsPort() {
                @Override
                public void given(Kudos kudos) {}

                @Override
                public void hidden(Kudos kudos) {
                    hiddenEvents.add(kudos);
                }
            },
            MutableClock.at("2026-11-19T09:00:00Z"));

    @Test
    public void hidesWithTheReasonAndTellsTheEventsOnce() {
        // given
        Kudos kudos = fixtures.give("alice", person("bob"), Visibility.PUBLIC);

        // when
        Kudos hidden = service.hide(new HideKudosCommand(kudos.id(), "  Names a client  "), HR);

        // then
        assertThat(hidden.hidden())
                .contains(new Kudos.Moderation(
                        UserKey.of("hanna"), "Names a client", Instant.parse("2026-11-19T09:00:00Z")));
        assertThat(hiddenEvents).containsExactly(hidden);
        assertThat(store.findKudos(KudosQuery.all(10)).items()).isEmpty();
    }

    @Test
    public void letsOnlyHrAndAdminsHide() {
        Kudos kudos = fixtures.give("alice", person("bob"), Visibility.PUBLIC);

        assertThatThrownBy(() -> service.hide(
                        new HideKudosCommand(kudos.id(), "I dislike it"), KudosReader.person(UserKey.of("bob"))))
                .isInstanceOf(PermissionDeniedException.class);
        assertThat(store.findById(kudos.id()).orElseThrow().isHidden()).isFalse();
        assertThat(hiddenEvents).isEmpty();
    }

    @Test
    public void refusesToHideTwice() {
        Kudos kudos = fixtures.give("alice", person("bob"), Visibility.PUBLIC);
        service.hide(new HideKudosCommand(kudos.id(), "First"), HR);

        assertThatThrownBy(() -> service.hide(new HideKudosCommand(kudos.id(), "Second"), HR))
                .isInstanceOf(ConflictException.class);
        assertThat(store.findById(kudos.id())
                        .orElseThrow()
                        .hidden()
                        .orElseThrow()
                        .reason())
                .isEqualTo("First");
        assertThat(hiddenEvents).hasSize(1);
    }

    @Test
    public void saysWhenThereIsNoSuchKudos() {
        assertThatThrownBy(() -> service.hide(new HideKudosCommand(42, "Gone"), HR))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    public void needsAReasonOfAtMostFiveHundredCharacters() {
        assertThatThrownBy(() -> new HideKudosCommand(1, "   ")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> new HideKudosCommand(1, "x".repeat(501))).isInstanceOf(InvalidInputException.class);
        assertThat(new HideKudosCommand(1, "x".repeat(500)).reason()).hasSize(500);
    }
}
