package io.serviceculture.plugin.kudos.rest;

import io.serviceculture.core.kudos.CompanyValue;
import io.serviceculture.core.kudos.Kudos;
import io.serviceculture.core.kudos.KudosPage;
import io.serviceculture.core.kudos.Receiver;
import io.serviceculture.core.people.Person;
import io.serviceculture.core.people.UserKey;
import io.serviceculture.plugin.kudos.persistence.AoCompanyValues;
import io.serviceculture.plugin.kudos.rest.KudosJson.IssueJson;
import io.serviceculture.plugin.kudos.rest.KudosJson.PersonJson;
import io.serviceculture.plugin.kudos.rest.KudosJson.ReceiverJson;
import io.serviceculture.plugin.kudos.rest.KudosJson.ValueJson;
import io.serviceculture.plugin.people.JiraDirectory;
import io.serviceculture.plugin.people.JiraIssueVisibility;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import javax.inject.Inject;
import javax.inject.Named;

/** Turns core kudos into JSON for one reader, resolving each person and value once per response. */
@Named
public class KudosJsonMapper {
    private final JiraDirectory directory;
    private final AoCompanyValues values;
    private final JiraIssueVisibility issues;

    @Inject
    public KudosJsonMapper(JiraDirectory directory, AoCompanyValues values, JiraIssueVisibility issues) {
        this.directory = directory;
        this.values = values;
        this.issues = issues;
    }

    public KudosPageJson toJson(KudosPage page, UserKey reader) {
        Names names = new Names();
        return new KudosPageJson(
                page.items().stream().map(k -> toJson(k, reader, names)).toList(),
                page.nextBeforeId().isPresent() ? page.nextBeforeId().getAsLong() : null);
    }

    public KudosJson toJson(Kudos kudos, UserKey reader) {
        return toJson(kudos, reader, new Names());
    }

    private KudosJson toJson(Kudos kudos, UserKey reader, Names names) {
        IssueJson issue = null;
        if (kudos.issueId().isPresent()) {
            issue = issues.findBrowsable(reader, kudos.issueId().getAsLong())
                    .map(i -> new IssueJson(i.getId(), i.getKey(), i.getSummary()))
                    .orElse(null);
        }
        return new KudosJson(
                kudos.id(),
                names.person(kudos.giver()),
                kudos.receivers().stream().map(names::receiver).toList(),
                names.value(kudos.valueId()),
                kudos.message(),
                issue,
                kudos.visibility().name(),
                kudos.givenAt().toString(),
                kudos.isHidden());
    }

    /** Per-response caches: a page names the same people and values many times. */
    private final class Names {
        private final Map<UserKey, PersonJson> people = new HashMap<>();
        private final Map<String, ValueJson> valuesById = new HashMap<>();

        PersonJson person(UserKey key) {
            return people.computeIfAbsent(key, k -> {
                Optional<Person> person = directory.findPerson(k);
                return person.map(p -> new PersonJson(k.value(), p.userName(), p.displayName()))
                        .orElseGet(() -> new PersonJson(k.value(), k.value(), k.value()));
            });
        }

        ReceiverJson receiver(Receiver receiver) {
            if (receiver instanceof Receiver.PersonReceiver person) {
                PersonJson json = person(person.user());
                return new ReceiverJson(receiver.id(), "user", json.key(), json.displayName());
            }
            Receiver.TeamReceiver team = (Receiver.TeamReceiver) receiver;
            return new ReceiverJson(
                    receiver.id(), "team", team.team().groupName(), team.team().groupName());
        }

        ValueJson value(String id) {
            return valuesById.computeIfAbsent(
                    id, v -> values.findValue(v).map(KudosJsonMapper::toJson).orElseGet(() -> new ValueJson(v, v, "")));
        }
    }

    static ValueJson toJson(CompanyValue value) {
        return new ValueJson(value.id(), value.name(), value.description());
    }
}
