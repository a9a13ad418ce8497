package io.serviceculture.core.kudos;

import static io.serviceculture.core.kudos.KudosFixtures.person;
import static org.assertj.core.api.Assertions.assertThat;

import io.serviceculture.core.people.TeamKey;
import io.serviceculture.core.people.UserKey;
import io.serviceculture.core.testing.InMemoryKudosPreferences;
import io.serviceculture.core.testing.InMemoryKudosStore;
import java.time.Instant;
import org.junit.Test;

public class KudosNoticesServiceTest {
    private static final UserKey BOB = UserKey.of("bob");

    private final InMemoryKudosStore store = new InMemoryKudosStore();
    private final InMemoryKudosPreferences preferences = new InMemoryKudosPreferences();
    private final KudosFixtures fixtures = new KudosFixtures(store);
    private final KudosNoticesService service = new KudosNoticesService(store, preferences);

    @Test
    public void showsKudosReceivedSinceTheLastDismissalNewestFirst() {
        // given
        Kudos old = fixtures.give("alice", person("bob"), Visibility.PUBLIC);
        service.dismiss(BOB, old.id());
        Kudos first = fixtures.give("alice", person("bob"), Visibility.PRIVATE);
        fixtures.give("alice", person("carol"), Visibility.PUBLIC);
        fixtures.give("alice", Receiver.team(TeamKey.of("desk")), Visibility.PUBLIC);
        Kudos second = fixtures.give("carol", person("bob"), Visibility.PUBLIC);

        // when
        KudosNotices notices = service.unseen(BOB);

        // then
        assertThat(notices.kudos()).containsExactly(second, first);
        assertThat(notices.more()).isFalse();
        assertThat(notices.newestId()).isEqualTo(second.id());
    }

    @Test
    public void showsNothingOnceDismissedAndNeverMovesBack() {
        // given
        fixtures.give("alice", person("bob"), Visibility.PUBLIC);
        Kudos latest = fixtures.give("alice", person("bob"), Visibility.PUBLIC);

        // when
        service.dismiss(BOB, latest.id());
        service.dismiss(BOB, 1);

        // then
        assertThat(service.unseen(BOB).kudos()).isEmpty();
        assertThat(preferences.preferencesOf(BOB).noticesSeenUpTo()).isEqualTo(latest.id());
    }

    @Test
    public void leavesOutHiddenKudosAndSaysWhenThereAreMoreThanFive() {
        // given
        Kudos hidden = fixtures.give("alice", person("bob"), Visibility.PUBLIC);
        store.hide(hidden.id(), new Kudos.Moderation(UserKey.of("hr"), "no", Instant.EPOCH));
        for (int i = 0; i < 6; i++) {
            fixtures.give("alice", person("bob"), Visibility.PUBLIC);
        }

        // when
        KudosNotices notices = service.unseen(BOB);

        // then
        assertThat(notices.kudos()).hasSize(5).noneMatch(Kudos::isHidden);
        assertThat(notices.more()).isTrue();
    }
}
