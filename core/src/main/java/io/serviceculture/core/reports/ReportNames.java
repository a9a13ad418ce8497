package io.serviceculture.core.reports;

import io.serviceculture.core.kudos.CompanyValue;
import io.serviceculture.core.kudos.LoadCompanyValuesPort;
import io.serviceculture.core.people.DirectoryPort;
import io.serviceculture.core.people.TeamKey;
import io.serviceculture.core.people.UserKey;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Names of people, teams and values for one report, each looked up once: a million rows name a few thousand
 * people. A person no longer in the directory is shown by their user key.
 */
public final class ReportNames {
    private final DirectoryPort directory;
    private final Map<String, String> values = new HashMap<>();
    private final Map<UserKey, PersonNames> people = new HashMap<>();

    /** A person's user name and display name, as a report prints them. */
    public record PersonNames(String userName, String displayName) {
        public PersonNames {
            Objects.requireNonNull(userName, "userName");
            Objects.requireNonNull(displayName, "displayName");
        }
    }

    public ReportNames(DirectoryPort directory, LoadCompanyValuesPort companyValues) {
        this.directory = directory;
        for (CompanyValue value : companyValues.allValues()) {
            values.put(value.id(), value.name());
        }
    }

    public String userName(UserKey key) {
        return person(key).userName();
    }

    public String displayName(UserKey key) {
        return person(key).displayName();
    }

    /** Both names with one lookup: a detail row names two people, a million rows four million times. */
    public PersonNames person(UserKey key) {
        PersonNames known = people.get(key);
        if (known == null) {
            known = directory
                    .findPerson(key)
                    .map(p -> new PersonNames(p.userName(), p.displayName()))
                    .orElseGet(() -> new PersonNames(key.value(), key.value()));
            people.put(key, known);
        }
        return known;
    }

    public String teamName(TeamKey team) {
        return team.groupName();
    }

    public String valueName(String valueId) {
        return values.getOrDefault(valueId, valueId);
    }
}
