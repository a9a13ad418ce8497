package io.serviceculture.plugin.kudos.rest;

import com.atlassian.jira.security.groups.GroupManager;
import io.serviceculture.core.common.InvalidInputException;
import io.serviceculture.core.common.NotFoundException;
import io.serviceculture.core.kudos.GiveKudosCommand;
import io.serviceculture.core.kudos.Kudos;
import io.serviceculture.core.kudos.KudosPage;
import io.serviceculture.core.kudos.KudosQuery;
import io.serviceculture.core.kudos.KudosReader;
import io.serviceculture.core.kudos.MyTeamFeed;
import io.serviceculture.core.kudos.Receiver;
import io.serviceculture.core.kudos.Visibility;
import io.serviceculture.core.people.Feature;
import io.serviceculture.core.people.TeamKey;
import io.serviceculture.core.people.UserKey;
import io.serviceculture.plugin.kudos.KudosUseCases;
import io.serviceculture.plugin.kudos.persistence.AoKudosStore;
import io.serviceculture.plugin.people.FeatureGuard;
import io.serviceculture.plugin.people.JiraDirectory;
import io.serviceculture.plugin.people.JiraIssueVisibility;
import io.serviceculture.plugin.people.Readers;
import io.serviceculture.plugin.rest.CurrentUser;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import javax.inject.Inject;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import org.jspecify.annotations.Nullable;

/**
 * Giving and reading kudos. Unannotated, so REST v2 lets licensed users in only; every read is filtered by
 * the privacy rules for the caller, and linked issues are named only to those who may browse them.
 */
@Path("/kudos")
@Produces(MediaType.APPLICATION_JSON)
public class KudosResource {
    static final int DEFAULT_LIMIT = 20;

    private final KudosUseCases kudos;
    private final AoKudosStore store;
    private final CurrentUser currentUser;
    private final Readers readers;
    private final JiraDirectory directory;
    private final JiraIssueVisibility issues;
    private final KudosJsonMapper json;
    private final FeatureGuard guard;
    private final GroupManager groups;

    @Inject
    public KudosResource(
            KudosUseCases kudos,
            AoKudosStore store,
            CurrentUser currentUser,
            Readers readers,
            JiraDirectory directory,
            JiraIssueVisibility issues,
            KudosJsonMapper json,
            FeatureGuard guard,
            GroupManager groups) {
        this.groups = groups;
        this.kudos = kudos;
        this.store = store;
        this.currentUser = currentUser;
        this.readers = readers;
        this.directory = directory;
        this.issues = issues;
        this.json = json;
        this.guard = guard;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response give(@Nullable GiveKudosJson body) {
        guard.require(Feature.KUDOS);
        UserKey giver = currentUser.require();
        if (body == null) {
            throw new InvalidInputException("service-culture.rest.error.body-missing");
        }
        GiveKudosCommand command = new GiveKudosCommand(
                giver,
                receivers(body.receivers()),
                body.value() == null ? "" : body.value(),
                body.message() == null ? "" : body.message(),
                issue(giver, body.issue()),
                visibility(body.visibility()),
                body.requestId() == null ? UUID.randomUUID().toString() : body.requestId());
        Kudos given = kudos.give(command);
        return Response.created(URI.create("kudos/" + given.id()))
                .entity(json.toNewJson(given, giver))
                .build();
    }

    @GET
    public KudosPageJson list(
            @QueryParam("receiver") @Nullable String receiver,
            @QueryParam("giver") @Nullable String giver,
            @QueryParam("value") @Nullable String value,
            @QueryParam("before") @Nullable String before,
            @QueryParam("limit") @Nullable String limit,
            @QueryParam("team") @Nullable String team,
            @QueryParam("issue") @Nullable String issue) {
        guard.require(Feature.KUDOS);
        UserKey reader = currentUser.require();
        KudosReader kudosReader = readers.kudosReader(reader);
        KudosQuery query = KudosQuery.all((int) number("limit", limit, DEFAULT_LIMIT, 1, KudosQuery.MAX_LIMIT));
        boolean byReceiver = receiver != null && !receiver.isBlank();
        if (byReceiver) {
            query = query.receivedBy(receiver(receiver));
        }
        if (team != null && !team.isBlank()) {
            if (!"mine".equals(team.strip()) || byReceiver) {
                throw InvalidInputException.onField("team", "service-culture.kudos.error.team-filter.invalid");
            }
            Map<TeamKey, List<UserKey>> members = myTeams(kudosReader);
            if (members.isEmpty()) {
                return new KudosPageJson(List.of(), null);
            }
            query = query.receivedByAnyOf(MyTeamFeed.receivers(members));
        }
        if (issue != null && !issue.isBlank()) {
            query = query.aboutIssue(issue(reader, issue).getAsLong());
        }
        if (giver != null && !giver.isBlank()) {
            query = query.givenBy(person(giver, "giver"));
        }
        if (value != null && !value.isBlank()) {
            query = query.forValue(value);
        }
        if (before != null && !before.isBlank()) {
            query = query.before(number("before", before, 0, 1, Long.MAX_VALUE));
        }
        KudosPage page = kudos.list(query, kudosReader);
        return json.toJson(page, reader);
    }

    private Map<TeamKey, List<UserKey>> myTeams(KudosReader reader) {
        Map<TeamKey, List<UserKey>> members = new LinkedHashMap<>();
        for (TeamKey team : reader.teams()) {
            members.put(
                    team,
                    groups.getUsersInGroup(team.groupName()).stream()
                            .map(user -> UserKey.of(user.getKey()))
                            .toList());
        }
        return members;
    }

    @GET
    @Path("/{id}")
    public KudosJson one(@PathParam("id") String id) {
        guard.require(Feature.KUDOS);
        UserKey reader = currentUser.require();
        long kudosId = number("id", id, 0, 1, Long.MAX_VALUE);
        KudosReader kudosReader = readers.kudosReader(reader);
        return store.findById(kudosId)
                .filter(kudosReader::canRead)
                .map(k -> json.toJson(k, reader))
                .orElseThrow(() -> new NotFoundException("service-culture.kudos.error.not-found", id));
    }

    private List<Receiver> receivers(@Nullable List<String> ids) {
        List<Receiver> receivers = new ArrayList<>();
        if (ids != null) {
            for (String id : ids) {
                receivers.add(receiver(id == null ? "" : id));
            }
        }
        return receivers;
    }

    private Receiver receiver(String id) {
        String trimmed = id.strip();
        if (trimmed.startsWith("user:") || trimmed.startsWith("team:")) {
            try {
                return Receiver.parse(trimmed);
            } catch (IllegalArgumentException blank) {
                throw InvalidInputException.onField("receivers", "service-culture.kudos.error.receiver.unknown", id);
            }
        }
        return Receiver.person(person(trimmed, "receivers"));
    }

    private UserKey person(String nameOrKey, String field) {
        String trimmed = nameOrKey.strip();
        if (trimmed.startsWith("user:")) {
            trimmed = trimmed.substring("user:".length());
        }
        String lookup = trimmed;
        return directory
                .findPersonByName(lookup)
                .or(() -> lookup.isEmpty() ? Optional.empty() : directory.findPerson(UserKey.of(lookup)))
                .map(p -> p.key())
                .orElseThrow(() -> InvalidInputException.onField(
                        field, "service-culture.kudos.error.receiver.unknown", nameOrKey));
    }

    private OptionalLong issue(UserKey giver, @Nullable String keyOrId) {
        if (keyOrId == null || keyOrId.isBlank()) {
            return OptionalLong.empty();
        }
        String trimmed = keyOrId.strip();
        var issue = trimmed.chars().allMatch(Character::isDigit) && trimmed.length() < 19
                ? issues.findBrowsable(giver, Long.parseLong(trimmed))
                : issues.findBrowsable(giver, trimmed.toUpperCase(Locale.ROOT));
        return OptionalLong.of(issue.map(i -> i.getId())
                .orElseThrow(() -> NotFoundException.onField("issue", "service-culture.kudos.error.issue.unknown")));
    }

    private static Visibility visibility(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return Visibility.PUBLIC;
        }
        try {
            return Visibility.valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw InvalidInputException.onField("visibility", "service-culture.kudos.error.visibility.invalid", text);
        }
    }

    static long number(String field, @Nullable String text, long fallback, long min, long max) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            long value = Long.parseLong(text.strip());
            if (value < min || value > max) {
                throw InvalidInputException.onField(field, "service-culture.rest.error.number.range", field, min, max);
            }
            return value;
        } catch (NumberFormatException notANumber) {
            throw InvalidInputException.onField(field, "service-culture.rest.error.number.invalid", field);
        }
    }
}
