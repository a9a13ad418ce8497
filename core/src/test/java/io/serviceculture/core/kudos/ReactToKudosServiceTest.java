package io.serviceculture.core.kudos;

import static io.serviceculture.core.kudos.KudosFixtures.person;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.serviceculture.core.common.NotFoundException;
import io.serviceculture.core.people.UserKey;
import io.serviceculture.core.testing.InMemoryKudosStore;
import io.serviceculture.core.testing.InMemoryReactions;
import io.serviceculture.core.testing.MutableClock;
import java.time.Instant;
import java.util.Optional;
import org.junit.Test;

public class ReactToKudosServiceTest {
    private final InMemoryKudosStore store = new InMemoryKudosStore();
    private final InMemoryReactions reactions = new InMemoryReactions();
    private final KudosFixtures fixtures = new KudosFixtures(store);
    private final ReactToKudosService service =
            new ReactToKudosService(store, reactions, MutableClock.at("2026-11-19T09:00:00Z"));

    @Test
    public void countsOneReactionPerPersonHoweverOftenTheyReact() {
        // given
        Kudos kudos = fixtures.give("alice", person("bob"), Visibility.PUBLIC);

        // when
        service.react(kudos.id(), KudosReader.person(UserKey.of("carol")));
        Reaction afterTwice = service.react(kudos.id(), KudosReader.person(UserKey.of("carol")));
        Reaction withDan = service.react(kudos.id(), KudosReader.person(UserKey.of("dan")));

        // then
        assertThat(afterTwice).isEqualTo(new Reaction(1, true));
        assertThat(withDan).isEqualTo(new Reaction(2, true));
    }

    @Test
    public void takesAReactionBackAndShowsTheOthersStill() {
        // given
        Kudos kudos = fixtures.give("alice", person("bob"), Visibility.PUBLIC);
        service.react(kudos.id(), KudosReader.person(UserKey.of("carol")));
        service.react(kudos.id(), KudosReader.person(UserKey.of("dan")));

        // when
        Reaction after = service.withdraw(kudos.id(), KudosReader.person(UserKey.of("carol")));
        Reaction again = service.withdraw(kudos.id(), KudosReader.person(UserKey.of("carol")));

        // then
        assertThat(after).isEqualTo(new Reaction(1, false));
        assertThat(again).isEqualTo(new Reaction(1, false));
    }

    @Test
    public void treatsAPrivateKudosTheReaderMayNotSeeAsMissing() {
        Kudos secret = fixtures.give("alice", person("bob"), Visibility.PRIVATE);

        assertThatThrownBy(() -> service.react(secret.id(), KudosReader.person(UserKey.of("mallory"))))
                .isInstanceOf(NotFoundException.class);
        assertThat(reactions.reactions(java.util.List.of(secret.id()), UserKey.of("mallory")))
                .isEmpty();
    }

    @Test
    public void refusesReactionsToAHiddenKudos() {
        // given
        Kudos kudos = fixtures.give("alice", person("bob"), Visibility.PUBLIC);
        store.hide(
                kudos.id(), new Kudos.Moderation(UserKey.of("hr"), "off topic", Instant.parse("2026-11-19T08:00:00Z")));

        // then
        assertThatThrownBy(() -> service.react(kudos.id(), KudosReader.person(UserKey.of("bob"))))
                .isInstanceOf(NotFoundException.class);
        assertThat(store.findById(kudos.id()).map(Kudos::isHidden)).isEqualTo(Optional.of(true));
    }
}
