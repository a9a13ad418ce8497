package io.serviceculture.core.kudos;

import static org.assertj.core.api.Assertions.assertThat;

import io.serviceculture.core.people.TeamKey;
import io.serviceculture.core.people.UserKey;
import java.util.List;
import java.util.Map;
import org.junit.Test;

public class MyTeamFeedTest {
    @Test
    public void matchesTheReadersTeamsAndEveryCurrentMemberOnce() {
        var receivers = MyTeamFeed.receivers(Map.of(
                TeamKey.of("desk"), List.of(UserKey.of("bob"), UserKey.of("ana")),
                TeamKey.of("apps"), List.of(UserKey.of("ana"))));

        assertThat(receivers)
                .containsExactly(
                        Receiver.team(TeamKey.of("apps")),
                        Receiver.team(TeamKey.of("desk")),
                        Receiver.person(UserKey.of("ana")),
                        Receiver.person(UserKey.of("bob")));
    }

    @Test
    public void capsAVeryLargeTeam() {
        List<UserKey> many = java.util.stream.IntStream.range(0, 2000)
                .mapToObj(i -> UserKey.of("u" + i))
                .toList();

        assertThat(MyTeamFeed.receivers(Map.of(TeamKey.of("all"), many))).hasSize(KudosQuery.MAX_ANY_RECEIVER);
    }
}
