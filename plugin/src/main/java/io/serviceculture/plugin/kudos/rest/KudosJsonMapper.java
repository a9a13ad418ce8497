package io.serviceculture.plugin.kudos.rest;

import io.serviceculture.core.kudos.CompanyValue;
import io.serviceculture.core.kudos.Kudos;
import io.serviceculture.core.kudos.KudosPage;
import io.serviceculture.core.kudos.Reaction;
import io.serviceculture.core.kudos.Receiver;
import io.serviceculture.core.people.Person;
import io.serviceculture.core.people.UserKey;
import io.serviceculture.plugin.kudos.persistence.AoCompanyValues;
import io.serviceculture.plugin.kudos.persistence.AoReactions;
import io.serviceculture.plugin.kudos.rest.KudosJson.IssueJson;
import io.serviceculture.plugin.kudos.rest.KudosJson.PersonJson;
import io.serviceculture.plugin.kudos.rest.KudosJson.ReactionJson;
import io.serviceculture.plugin.kudos.rest.KudosJson.ReceiverJson;
import io.serviceculture.plugin.kudos.rest.KudosJson.ValueJson;
import io.serviceculture.plugin.people.JiraDirectory;
import io.serviceculture.plugin.people.JiraIssueVisibility;
import java.util.HashMap;
import java.util.List;
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
    private final AoReactions reactions;

    @Inject
    public KudosJsonMapper(
            JiraDirectory directory, AoCompanyValues values, JiraIssueVisibility issues, AoReactions reactions) {
        this.directory = directory;
        this.values = values;
        this.issues = issues;
        this.reactions = reactions;
    }

    public KudosPageJson toJson(KudosPage page, UserKey reader) {
        return new KudosPageJson(
                toJson(page.items(), reader),
                page.nextBeforeId().isPresent() ? page.nextBeforeId().getAsLong() : null);
    }

    /** Many kudos, with their reactions read in one query. */
    public List<KudosJson> toJson(List<Kudos> kudos, UserKey reader) {
        Names names = new Names();
        Map<Long, Reaction> reactionsById =
                reactions.reactions(kudos.stream().map(Kudos::id).toList(), reader);
        return kudos.stream()
                .map(k -> toJson(k, reader, names, reactionsById.getOrDefault(k.id(), Reaction.NONE)))
                .toList();
    }

    /** A person by key; someone no longer in the directory shows as their key. */
    public PersonJson person(UserKey key) {
        return new Names().person(key);
    }

    /**
     * A kudos just given: nobody can have reacted yet, so the reactions are not read (one query fewer on the
     * give path). A retried request answers with the earlier kudos the same way, reactions not counted.
     */
    public KudosJson toNewJson(Kudos kudos, UserKey reader) {
        return toJson(kudos, reader, new Names(), Reaction.NONE);
    }

    public KudosJson toJson(Kudos kudos, UserKey reader) {
        return toJson(List.of(kudos), reader).get(0);
    }

    private KudosJson toJson(Kudos kudos, UserKey reader, Names names, Reaction reaction) {
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
                kudos.isHidden(),
                new ReactionJson(reaction.count(), reaction.mine()));
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
