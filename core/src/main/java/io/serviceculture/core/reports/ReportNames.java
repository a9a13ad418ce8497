package io.serviceculture.core.reports;

import io.serviceculture.core.kudos.CompanyValue;
import io.serviceculture.core.kudos.LoadCompanyValuesPort;
import io.serviceculture.core.people.DirectoryPort;
import io.serviceculture.core.people.Person;
import io.serviceculture.core.people.TeamKey;
import io.serviceculture.core.people.UserKey;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Names of people, teams and values for one report, each looked up once: a million rows name a few thousand
 * people. A person no longer in the directory is shown by their user key.
 */
public final class ReportNames {
    private final DirectoryPort directory;
    private final Map<String, String> values = new HashMap<>();
    private final Map<UserKey, Optional<Person>> people = new HashMap<>();

    public ReportNames(DirectoryPort directory, LoadCompanyValuesPort companyValues) {
        this.directory = directory;
        for (CompanyValue value : companyValues.allValues()) {
            values.put(value.id(), value.name());
        }
    }

    public String userName(UserKey key) {
        return person(key).map(Person::userName).orElse(key.value());
    }

    public String displayName(UserKey key) {
        return person(key).map(Person::displayName).orElse(key.value());
    }

    public String teamName(TeamKey team) {
        return team.groupName();
    }

    public String valueName(String valueId) {
        return values.getOrDefault(valueId, valueId);
    }

    private Optional<Person> person(UserKey key) {
        return people.computeIfAbsent(key, directory::findPerson);
    }
}
