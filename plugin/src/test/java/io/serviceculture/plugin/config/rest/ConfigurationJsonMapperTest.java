package io.serviceculture.plugin.config.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.serviceculture.core.common.InvalidInputException;
import io.serviceculture.core.config.AppConfiguration;
import io.serviceculture.core.people.UserKey;
import io.serviceculture.plugin.config.persistence.ConfigurationPersistenceContract;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.Test;

public class ConfigurationJsonMapperTest {
    /** Two users whose keys differ from their names, as in a Jira created after 7.0. */
    private static final ConfigurationJsonMapper.Directory DIRECTORY = new ConfigurationJsonMapper.Directory() {
        private final Map<String, String> keys = Map.of("maria", "JIRAUSER10100", "ivan", "JIRAUSER10200");

        @Override
        public boolean groupExists(String groupName) {
            return Set.of("team-it", "hr-team").contains(groupName);
        }

        @Override
        public Optional<UserKey> userByName(String userName) {
            return Optional.ofNullable(keys.get(userName)).map(UserKey::of);
        }

        @Override
        public String nameOf(UserKey user) {
            return keys.entrySet().stream()
                    .filter(entry -> entry.getValue().equals(user.value()))
                    .map(Map.Entry::getKey)
                    .findFirst()
                    .orElse(user.value());
        }
    };

    @Test
    public void writesLeadsByUserNameAndReadsBackTheSameConfiguration() {
        // given a configuration whose team lead has the key JIRAUSER10100
        AppConfiguration staging = ConfigurationPersistenceContract.stagingWithLead(UserKey.of("JIRAUSER10100"));

        // when
        String document = ConfigurationJsonMapper.write(
                ConfigurationJsonMapper.toJson(staging, DIRECTORY, Instant.parse("2026-11-23T10:00:00Z")));

        // then
        assertThat(document)
                .contains("\"formatVersion\" : 1")
                .contains("\"maria\"")
                .doesNotContain("JIRAUSER");
        assertThat(ConfigurationJsonMapper.toConfiguration(ConfigurationJsonMapper.parse(document), DIRECTORY))
                .isEqualTo(staging);
    }

    @Test
    public void namesTheFullPathOfAValueOfTheWrongType() {
        InvalidInputException refused = catchThrowableOfType(
                InvalidInputException.class,
                () -> ConfigurationJsonMapper.parse(
                        "{\"formatVersion\":1,\"standards\":[{\"id\":\"s\",\"versions\":[{\"number\":\"one\"}]}]}"));

        assertThat(refused.field()).contains("$.standards[0].versions[0].number");
        assertThat(refused.messageKey()).isEqualTo("service-culture.config.error.shape");
    }

    @Test
    public void prefixesACalendarsOwnErrorWithItsPath() {
        // given a document whose first calendar has no time zone
        String document = ConfigurationJsonMapper.write(ConfigurationJsonMapper.toJson(
                        ConfigurationPersistenceContract.stagingWithLead(UserKey.of("JIRAUSER10100")),
                        DIRECTORY,
                        Instant.EPOCH))
                .replace("\"zone\" : \"Europe/London\",", "");

        // when
        InvalidInputException refused = catchThrowableOfType(
                InvalidInputException.class,
                () -> ConfigurationJsonMapper.toConfiguration(ConfigurationJsonMapper.parse(document), DIRECTORY));

        // then
        assertThat(refused.problems())
                .extracting(problem -> problem.field().orElseThrow())
                .containsExactly("$.calendars[0].zone");
    }
}
