package io.serviceculture.core.kudos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.serviceculture.core.people.TeamKey;
import io.serviceculture.core.people.UserKey;
import org.junit.Test;

public class ReceiverTest {

    @Test
    public void readsBackThePersonAndTeamFormsItWrites() {
        Receiver person = Receiver.person(UserKey.of("JIRAUSER10100"));
        Receiver team = Receiver.team(TeamKey.of("service desk"));

        assertThat(person.id()).isEqualTo("user:JIRAUSER10100");
        assertThat(team.id()).isEqualTo("team:service desk");
        assertThat(Receiver.parse(person.id())).isEqualTo(person);
        assertThat(Receiver.parse(team.id())).isEqualTo(team);
    }

    @Test
    public void rejectsTextThatIsNeitherForm() {
        assertThatThrownBy(() -> Receiver.parse("group:x")).isInstanceOf(IllegalArgumentException.class);
    }
}
