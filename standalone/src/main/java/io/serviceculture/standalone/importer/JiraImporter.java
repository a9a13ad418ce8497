package io.serviceculture.standalone.importer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.serviceculture.core.issues.IssueTimeline;
import io.serviceculture.core.issues.StatusRef;
import io.serviceculture.standalone.directory.HostDirectory;
import io.serviceculture.standalone.jira.HostIssue;
import io.serviceculture.standalone.jira.HostProject;
import io.serviceculture.standalone.jira.JiraStore;
import io.serviceculture.standalone.jira.StatusCatalog;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Loads an {@link ImportSource} into the host's directory and Jira model: statuses, users, groups with their
 * members, projects with the groups that may browse them, reporting lines, then issues. Users named in issues
 * but not in {@code users.json} are added without a password, as a Jira that imported those issues would
 * hold them.
 */
public final class JiraImporter {
    /** A project first seen in an issue is browsable by Jira's users, as Jira's default scheme allows. */
    private static final Set<String> DEFAULT_BROWSE_GROUPS = HostDirectory.APPLICATION_GROUPS;

    private final ObjectMapper json = new ObjectMapper();
    private final JiraStore store;
    private final HostDirectory directory;
    private final TimelineMapper mapper;

    public JiraImporter(JiraStore store) {
        this.store = store;
        this.directory = store.directory();
        this.mapper = new TimelineMapper(store.statuses(), directory);
    }

    /** What one import added. */
    public record Summary(int users, int groups, int projects, int issues) {}

    public Summary importFrom(ImportSource source) {
        int usersBefore = directory.users().size();
        int groupsBefore = directory.groups().size();
        int projectsBefore = store.projects().size();
        source.read("statuses.json").map(t -> parse(t, "statuses.json")).ifPresent(this::importStatuses);
        source.read("users.json").map(t -> parse(t, "users.json")).ifPresent(this::importUsers);
        source.read("groups.json").map(t -> parse(t, "groups.json")).ifPresent(this::importGroups);
        source.read("projects.json").map(t -> parse(t, "projects.json")).ifPresent(this::importProjects);
        source.read("reporting-lines.csv").ifPresent(this::importReportingLines);
        int issues = 0;
        for (String file : source.issueFiles()) {
            String text = source.read(file).orElseThrow(() -> new ImportException("cannot read " + file));
            for (JsonNode issue : issuesIn(parse(text, file))) {
                try {
                    importIssue(issue);
                } catch (RuntimeException e) {
                    throw new ImportException(file + ": " + e.getMessage(), e);
                }
                issues++;
            }
        }
        return new Summary(
                directory.users().size() - usersBefore,
                directory.groups().size() - groupsBefore,
                store.projects().size() - projectsBefore,
                issues);
    }

    /** The issues in a single-issue document or a search result ({@code {"issues": […]}}). */
    static List<JsonNode> issuesIn(JsonNode document) {
        List<JsonNode> issues = new ArrayList<>();
        if (document.has("issues")) {
            document.path("issues").forEach(issues::add);
        } else if (document.has("fields")) {
            issues.add(document);
        } else {
            throw new ImportException("neither an issue nor a search result: " + JiraJson.brief(document));
        }
        return issues;
    }

    public HostIssue importIssue(JsonNode issue) {
        JsonNode fields = issue.path("fields");
        rememberUser(fields.path("reporter"));
        rememberUser(fields.path("assignee"));
        rememberUser(fields.path("creator"));
        issue.path("changelog").path("histories").forEach(h -> rememberUser(h.path("author")));
        fields.path("comment").path("comments").forEach(c -> rememberUser(c.path("author")));

        HostProject project = projectOf(fields.path("project"));
        IssueTimeline timeline = mapper.map(issue);
        StatusRef status = mapper.currentStatus(fields);
        store.statuses().byId(status.id()).ifPresentOrElse(s -> {}, () -> store.statuses()
                .add(status));
        Instant created = timeline.created();
        HostIssue hostIssue = new HostIssue(
                timeline.issueId(),
                timeline.issueKey(),
                project.id(),
                JiraJson.text(fields, "summary").orElse(""),
                status,
                JiraJson.userKey(fields.path("assignee")).map(directory::resolveKey),
                JiraJson.userKey(fields.path("reporter")).map(directory::resolveKey),
                JiraJson.text(fields.path("resolution"), "name"),
                created,
                JiraJson.text(fields, "updated").map(JiraJson::instant).orElse(created),
                timeline);
        store.addIssue(hostIssue);
        return hostIssue;
    }

    private void rememberUser(JsonNode user) {
        JiraJson.userKey(user)
                .ifPresent(key -> directory.userSeenInIssue(
                        key,
                        JiraJson.text(user, "displayName").orElse(key),
                        JiraJson.text(user, "emailAddress").orElse("")));
    }

    private HostProject projectOf(JsonNode project) {
        String key = JiraJson.required(project, "key");
        return store.projectByKey(key).orElseGet(() -> {
            HostProject created = new HostProject(
                    Long.parseLong(JiraJson.required(project, "id")),
                    key,
                    JiraJson.text(project, "name").orElse(key),
                    Optional.empty(),
                    DEFAULT_BROWSE_GROUPS);
            store.addProject(created);
            return created;
        });
    }

    private void importStatuses(JsonNode statuses) {
        for (JsonNode status : statuses) {
            String id = JiraJson.required(status, "id");
            String categoryKey = JiraJson.required(status.path("statusCategory"), "key");
            store.statuses()
                    .add(new StatusRef(
                            id,
                            JiraJson.required(status, "name"),
                            StatusCatalog.categoryOfKey(categoryKey)
                                    .orElseThrow(() ->
                                            new ImportException("unknown status category \"" + categoryKey + "\""))));
        }
    }

    private void importUsers(JsonNode users) {
        for (JsonNode user : users) {
            String name = JiraJson.required(user, "name");
            directory.addUser(
                    JiraJson.text(user, "key").orElse(name),
                    name,
                    JiraJson.text(user, "displayName").orElse(name),
                    JiraJson.text(user, "emailAddress").orElse(""),
                    JiraJson.text(user, "password"),
                    ZoneId.of(JiraJson.text(user, "timeZone").orElse("UTC")),
                    Locale.forLanguageTag(
                            JiraJson.text(user, "locale").orElse("en").replace('_', '-')),
                    user.path("active").asBoolean(true));
        }
    }

    private void importGroups(JsonNode groups) {
        for (JsonNode group : groups) {
            String name = JiraJson.required(group, "name");
            directory.addGroup(name);
            group.path("members").forEach(m -> directory.addMember(name, m.asText()));
        }
    }

    private void importProjects(JsonNode projects) {
        for (JsonNode project : projects) {
            Set<String> browse = new LinkedHashSet<>();
            project.path("browseGroups").forEach(g -> browse.add(g.asText().toLowerCase(Locale.ROOT)));
            store.addProject(new HostProject(
                    Long.parseLong(JiraJson.required(project, "id")),
                    JiraJson.required(project, "key"),
                    JiraJson.text(project, "name").orElse(JiraJson.required(project, "key")),
                    JiraJson.text(project, "lead").map(directory::resolveKey),
                    browse.isEmpty() ? DEFAULT_BROWSE_GROUPS : browse));
        }
    }

    /** {@code user,manager} by user name, one pair a line, with an optional header line. */
    private void importReportingLines(String csv) {
        csv.lines().map(String::strip).filter(l -> !l.isEmpty()).forEach(line -> {
            String[] cells = line.split(",", -1);
            if (cells.length != 2) {
                throw new ImportException("reporting-lines.csv: expected user,manager in \"" + line + "\"");
            }
            String user = cells[0].strip();
            String manager = cells[1].strip();
            if (user.equalsIgnoreCase("user") && manager.equalsIgnoreCase("manager")) {
                return;
            }
            directory.setManager(key(user), key(manager));
        });
    }

    private String key(String name) {
        return directory
                .byName(name)
                .orElseThrow(() -> new ImportException("reporting-lines.csv: no user named " + name))
                .key();
    }

    private JsonNode parse(String text, String file) {
        try {
            return json.readTree(text);
        } catch (JsonProcessingException e) {
            throw new ImportException(file + " is not valid JSON: " + e.getOriginalMessage(), e);
        }
    }
}
