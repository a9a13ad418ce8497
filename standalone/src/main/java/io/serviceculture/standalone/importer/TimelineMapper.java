package io.serviceculture.standalone.importer;

import com.fasterxml.jackson.databind.JsonNode;
import io.serviceculture.core.issues.IssueEvent;
import io.serviceculture.core.issues.IssueFacts;
import io.serviceculture.core.issues.IssueTimeline;
import io.serviceculture.core.issues.StatusRef;
import io.serviceculture.core.people.UserKey;
import io.serviceculture.standalone.directory.HostDirectory;
import io.serviceculture.standalone.jira.StatusCatalog;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Turns one issue in Jira REST v2 JSON (with {@code changelog.histories} and {@code fields.comment.comments})
 * into the timeline the features compute from. The issue's first status and assignee are not in its fields
 * any more, so they come from the {@code from} side of the first change to each.
 */
public final class TimelineMapper {
    private final StatusCatalog statuses;
    private final HostDirectory directory;

    public TimelineMapper(StatusCatalog statuses, HostDirectory directory) {
        this.statuses = statuses;
        this.directory = directory;
    }

    public IssueTimeline map(JsonNode issue) {
        JsonNode fields = issue.path("fields");
        String key = JiraJson.required(issue, "key");
        Instant created = JiraJson.instant(JiraJson.required(fields, "created"));

        List<JsonNode> histories = new ArrayList<>();
        issue.path("changelog").path("histories").forEach(histories::add);
        histories.sort(Comparator.comparing(h -> JiraJson.instant(JiraJson.required(h, "created"))));

        List<IssueEvent> events = new ArrayList<>();
        Optional<StatusRef> firstStatus = Optional.empty();
        Optional<Optional<UserKey>> firstAssignee = Optional.empty();
        for (JsonNode history : histories) {
            Instant at = JiraJson.instant(JiraJson.required(history, "created"));
            Optional<UserKey> actor = user(JiraJson.userKey(history.path("author")));
            for (JsonNode item : history.path("items")) {
                String field = JiraJson.text(item, "field").orElse("");
                Optional<String> from = JiraJson.text(item, "from");
                Optional<String> to = JiraJson.text(item, "to");
                switch (field) {
                    case "status":
                        StatusRef fromStatus = status(from, JiraJson.text(item, "fromString"));
                        StatusRef toStatus = status(to, JiraJson.text(item, "toString"));
                        if (firstStatus.isEmpty()) {
                            firstStatus = Optional.of(fromStatus);
                        }
                        events.add(new IssueEvent.StatusChanged(at, actor, fromStatus, toStatus));
                        break;
                    case "assignee":
                        Optional<UserKey> fromUser = user(from);
                        if (firstAssignee.isEmpty()) {
                            firstAssignee = Optional.of(fromUser);
                        }
                        events.add(new IssueEvent.AssigneeChanged(at, actor, fromUser, user(to)));
                        break;
                    case "resolution":
                        if (to.isPresent()) {
                            String name = JiraJson.text(item, "toString").orElse(to.get());
                            events.add(new IssueEvent.ResolutionSet(at, actor, name));
                        } else if (from.isPresent()) {
                            events.add(new IssueEvent.ResolutionCleared(at, actor));
                        }
                        break;
                    default:
                        break;
                }
            }
        }
        for (JsonNode comment : fields.path("comment").path("comments")) {
            Instant at = JiraJson.instant(JiraJson.required(comment, "created"));
            boolean restricted = comment.hasNonNull("visibility");
            events.add(new IssueEvent.Commented(at, user(JiraJson.userKey(comment.path("author"))), restricted));
        }

        StatusRef initialStatus = firstStatus.orElseGet(() -> currentStatus(fields));
        Optional<UserKey> initialAssignee =
                firstAssignee.orElseGet(() -> user(JiraJson.userKey(fields.path("assignee"))));
        return new IssueTimeline(
                Long.parseLong(JiraJson.required(issue, "id")),
                key,
                facts(fields),
                user(JiraJson.userKey(fields.path("reporter"))),
                created,
                initialStatus,
                initialAssignee,
                events);
    }

    /** The issue's status now, with its category from the JSON when Jira wrote one (Jira 6.1 on). */
    public StatusRef currentStatus(JsonNode fields) {
        JsonNode status = fields.path("status");
        String id = JiraJson.required(status, "id");
        String name = JiraJson.text(status, "name").orElse(id);
        return JiraJson.text(status.path("statusCategory"), "key")
                .flatMap(StatusCatalog::categoryOfKey)
                .map(category -> new StatusRef(id, name, category))
                .orElseGet(() -> statuses.resolve(id, name));
    }

    private StatusRef status(Optional<String> id, Optional<String> name) {
        String statusId = id.orElseThrow(() -> new ImportException("a status change without a status id"));
        return statuses.resolve(statusId, name.orElse(statusId));
    }

    private Optional<UserKey> user(Optional<String> keyOrName) {
        return keyOrName.map(directory::resolveKey).map(UserKey::of);
    }

    private static IssueFacts facts(JsonNode fields) {
        Set<String> labels = new LinkedHashSet<>();
        fields.path("labels").forEach(l -> labels.add(l.asText()));
        Set<String> components = new LinkedHashSet<>();
        fields.path("components").forEach(c -> JiraJson.text(c, "name").ifPresent(components::add));
        return new IssueFacts(
                JiraJson.required(fields.path("project"), "key"),
                JiraJson.text(fields.path("issuetype"), "name").orElse(""),
                JiraJson.text(fields.path("priority"), "name").orElse(""),
                labels,
                components);
    }
}
