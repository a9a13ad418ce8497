package io.serviceculture.standalone.importer;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.serviceculture.core.issues.StatusRef;
import io.serviceculture.standalone.directory.HostDirectory;
import io.serviceculture.standalone.directory.HostUser;
import io.serviceculture.standalone.jira.HostProject;
import io.serviceculture.standalone.jira.JiraStore;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/**
 * Generates made-up issues in Jira REST v2 JSON, the same shape real exports have, so they go through the same
 * importer. The same seed always gives the same issues. Every issue carries the label {@code synthetic}.
 * Issues move between teams (hand-offs, sometimes back again), wait for their reporter, get resolved, and some
 * are reopened within two weeks: enough for kudos, SLA and accountability demos.
 */
public final class SyntheticIssues {
    public static final String LABEL = "synthetic";

    private static final DateTimeFormatter JIRA =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ").withZone(ZoneOffset.UTC);
    private static final List<String> TYPES = List.of("Service Request", "Task", "Bug");
    private static final List<String> PRIORITIES = List.of("Low", "Medium", "Medium", "High", "Highest");

    private final ObjectMapper json = new ObjectMapper();
    private final JiraStore jira;
    private final HostDirectory directory;
    private final Map<String, String> teamByProject;
    private final Map<String, List<String>> summariesByProject;
    private final Random random;
    private final Instant until;
    private long nextHistoryId = 900_000;
    private long nextCommentId = 900_000;

    /**
     * @param teamByProject the team (group) that serves each project, by project key
     * @param summariesByProject what people ask each project for
     * @param until no event is later than this
     */
    public SyntheticIssues(
            JiraStore jira,
            Map<String, String> teamByProject,
            Map<String, List<String>> summariesByProject,
            long seed,
            Instant until) {
        this.jira = jira;
        this.directory = jira.directory();
        this.teamByProject = Map.copyOf(teamByProject);
        this.summariesByProject = Map.copyOf(summariesByProject);
        this.random = new Random(seed);
        this.until = until;
    }

    /** {@code count} issues with ids from {@code firstId}, numbered after each project's highest key. */
    public List<ObjectNode> generate(int count, long firstId) {
        List<String> projects = new ArrayList<>(teamByProject.keySet());
        projects.sort(null);
        Map<String, Integer> numbers = new java.util.HashMap<>();
        List<ObjectNode> issues = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String projectKey = projects.get(random.nextInt(projects.size()));
            int number = numbers.merge(projectKey, 1, Integer::sum);
            issues.add(issue(firstId + i, projectKey, number));
        }
        return issues;
    }

    private ObjectNode issue(long id, String projectKey, int number) {
        HostProject project = jira.projectByKey(projectKey)
                .orElseThrow(() -> new ImportException("no project " + projectKey + " for synthetic issues"));
        String team = teamByProject.get(projectKey);
        List<HostUser> providers = activeMembers(team);
        List<HostUser> clients = directory.users().stream()
                .filter(HostUser::active)
                .filter(u -> directory.isLicensed(u.key()))
                .filter(u -> !directory.isMember(u.key(), team))
                .sorted(java.util.Comparator.comparing(HostUser::key))
                .toList();
        HostUser reporter = pick(clients);
        Instant created = until.minus(Duration.ofMinutes(60L * 24 * 90 - random.nextInt(60 * 24 * 88)));

        Issue issue = new Issue(created);
        Optional<HostUser> assignee = Optional.empty();
        if (random.nextBoolean()) {
            assignee = Optional.of(pick(providers));
        }
        Optional<HostUser> initialAssignee = assignee;
        StatusRef status = status("1");

        if (assignee.isEmpty()) {
            HostUser to = pick(providers);
            issue.history(minutes(5, 600), lead(project), item("assignee", null, null, to.key(), to.displayName()));
            assignee = Optional.of(to);
        }
        if (random.nextInt(10) < 8) {
            issue.comment(minutes(10, 60 * 30), assignee.get(), random.nextInt(10) == 0);
        }
        status = transition(issue, minutes(5, 240), assignee.get(), status, status("3"));
        if (random.nextInt(4) == 0) {
            status = transition(issue, minutes(30, 600), assignee.get(), status, status("10100"));
            issue.comment(minutes(60, 60 * 48), reporter, false);
            status = transition(issue, minutes(1, 30), reporter, status, status("3"));
        }
        if (random.nextInt(10) < 3) {
            String otherTeam = otherTeam(team);
            HostUser first = assignee.get();
            HostUser to = pick(activeMembers(otherTeam));
            issue.history(
                    minutes(60, 60 * 24),
                    first,
                    item("assignee", first.key(), first.displayName(), to.key(), to.displayName()));
            issue.comment(minutes(30, 60 * 20), to, false);
            assignee = Optional.of(to);
            if (random.nextInt(10) < 3) {
                HostUser back = pick(providers);
                issue.history(
                        minutes(60, 60 * 24),
                        to,
                        item("assignee", to.key(), to.displayName(), back.key(), back.displayName()));
                assignee = Optional.of(back);
            }
        }
        if (random.nextInt(10) < 8) {
            String resolutionId = random.nextBoolean() ? "1" : "10000";
            String resolutionName = resolutionId.equals("1") ? "Fixed" : "Done";
            Instant at = issue.advance(minutes(60, 60 * 72));
            StatusRef resolved = status("5");
            issue.historyAt(
                    at,
                    assignee.get(),
                    statusItem(status, resolved),
                    item("resolution", null, null, resolutionId, resolutionName));
            status = resolved;
            if (random.nextInt(100) < 15) {
                Instant reopened = issue.advance(minutes(60, 60 * 24 * 10));
                StatusRef reopenedStatus = status("4");
                issue.historyAt(
                        reopened,
                        reporter,
                        statusItem(status, reopenedStatus),
                        item("resolution", resolutionId, resolutionName, null, null));
                status = reopenedStatus;
                issue.comment(minutes(1, 10), reporter, false);
                status = transition(issue, minutes(30, 60 * 8), assignee.get(), status, status("3"));
                Instant again = issue.advance(minutes(60, 60 * 48));
                StatusRef resolvedAgain = status("5");
                issue.historyAt(
                        again,
                        assignee.get(),
                        statusItem(status, resolvedAgain),
                        item("resolution", null, null, resolutionId, resolutionName));
                status = resolvedAgain;
            }
            if (random.nextBoolean()) {
                status = transition(issue, minutes(60 * 24, 60 * 24 * 7), reporter, status, status("6"));
            }
        }
        return issue.toJson(id, project, number, reporter, initialAssignee);
    }

    private StatusRef transition(Issue issue, Duration after, HostUser actor, StatusRef from, StatusRef to) {
        if (issue.history(after, actor, statusItem(from, to))) {
            return to;
        }
        return from;
    }

    private HostUser lead(HostProject project) {
        return project.leadKey()
                .flatMap(directory::byKey)
                .orElseGet(() -> pick(activeMembers(teamByProject.get(project.key()))));
    }

    private String otherTeam(String team) {
        List<String> others = teamByProject.values().stream()
                .distinct()
                .filter(t -> !t.equals(team))
                .sorted()
                .toList();
        return others.get(random.nextInt(others.size()));
    }

    private List<HostUser> activeMembers(String team) {
        List<HostUser> members = directory.members(team).stream()
                .map(directory::byKey)
                .flatMap(Optional::stream)
                .filter(HostUser::active)
                .toList();
        if (members.isEmpty()) {
            throw new ImportException("team " + team + " has no active members for synthetic issues");
        }
        return members;
    }

    private StatusRef status(String id) {
        return jira.statuses().byId(id).orElseThrow(() -> new ImportException("no status " + id));
    }

    private Duration minutes(int min, int max) {
        return Duration.ofMinutes(min + random.nextInt(max - min + 1));
    }

    private <T> T pick(List<T> from) {
        return from.get(random.nextInt(from.size()));
    }

    private ObjectNode statusItem(StatusRef from, StatusRef to) {
        return item("status", from.id(), from.name(), to.id(), to.name());
    }

    private ObjectNode item(String field, String from, String fromString, String to, String toString) {
        ObjectNode item = json.createObjectNode();
        item.put("field", field);
        item.put("fieldtype", "jira");
        item.put("from", from);
        item.put("fromString", fromString);
        item.put("to", to);
        item.put("toString", toString);
        return item;
    }

    private ObjectNode user(HostUser user) {
        ObjectNode node = json.createObjectNode();
        node.put("key", user.key());
        node.put("name", user.name());
        node.put("displayName", user.displayName());
        node.put("emailAddress", user.emailAddress());
        return node;
    }

    /** One issue being written: its clock, histories and comments. */
    private final class Issue {
        private final Instant created;
        private final ArrayNode histories = json.createArrayNode();
        private final ArrayNode comments = json.createArrayNode();
        private Instant now;

        Issue(Instant created) {
            this.created = created;
            this.now = created;
        }

        /** Moves the clock on; the issue stops changing once it would pass {@code until}. */
        Instant advance(Duration by) {
            now = now.plus(by);
            return now;
        }

        boolean history(Duration after, HostUser author, ObjectNode... items) {
            return historyAt(advance(after), author, items);
        }

        boolean historyAt(Instant at, HostUser author, ObjectNode... items) {
            if (at.isAfter(until)) {
                return false;
            }
            ObjectNode history = histories.addObject();
            history.put("id", String.valueOf(nextHistoryId++));
            history.set("author", user(author));
            history.put("created", JIRA.format(at));
            ArrayNode list = history.putArray("items");
            for (ObjectNode item : items) {
                list.add(item);
            }
            return true;
        }

        void comment(Duration after, HostUser author, boolean restricted) {
            Instant at = advance(after);
            if (at.isAfter(until)) {
                return;
            }
            ObjectNode comment = comments.addObject();
            comment.put("id", String.valueOf(nextCommentId++));
            comment.set("author", user(author));
            comment.put("body", restricted ? "Internal note (synthetic)." : "Update on this request (synthetic).");
            comment.put("created", JIRA.format(at));
            if (restricted) {
                ObjectNode visibility = comment.putObject("visibility");
                visibility.put("type", "group");
                visibility.put("value", "jira-administrators");
            }
        }

        ObjectNode toJson(
                long id, HostProject project, int number, HostUser reporter, Optional<HostUser> initialAssignee) {
            // the changelog decides what is current, since later steps may have been cut at "until"
            Optional<HostUser> current = initialAssignee;
            StatusRef currentStatus = status("1");
            Optional<String> currentResolution = Optional.empty();
            for (var history : histories) {
                for (var item : history.path("items")) {
                    String field = item.path("field").asText();
                    if (field.equals("assignee")) {
                        current =
                                Optional.ofNullable(item.path("to").textValue()).flatMap(directory::byKey);
                    } else if (field.equals("status")) {
                        currentStatus = status(item.path("to").asText());
                    } else if (field.equals("resolution")) {
                        currentResolution =
                                Optional.ofNullable(item.path("toString").textValue());
                    }
                }
            }
            ObjectNode issue = json.createObjectNode();
            issue.put("id", String.valueOf(id));
            issue.put("key", project.key() + "-" + number);
            ObjectNode fields = issue.putObject("fields");
            fields.put("summary", pick(summariesByProject.getOrDefault(project.key(), List.of("A request"))));
            fields.putObject("issuetype").put("name", pick(TYPES));
            fields.putObject("priority").put("name", pick(PRIORITIES));
            fields.putArray("labels").add(LABEL);
            fields.putArray("components");
            ObjectNode projectNode = fields.putObject("project");
            projectNode.put("id", String.valueOf(project.id()));
            projectNode.put("key", project.key());
            projectNode.put("name", project.name());
            fields.set("reporter", user(reporter));
            fields.set("creator", user(reporter));
            if (current.isPresent()) {
                fields.set("assignee", user(current.get()));
            } else {
                fields.putNull("assignee");
            }
            ObjectNode statusNode = fields.putObject("status");
            statusNode.put("id", currentStatus.id());
            statusNode.put("name", currentStatus.name());
            statusNode.putObject("statusCategory").put("key", categoryKey(currentStatus));
            if (currentResolution.isPresent()) {
                fields.putObject("resolution").put("name", currentResolution.get());
            } else {
                fields.putNull("resolution");
            }
            fields.put("created", JIRA.format(created));
            fields.put("updated", JIRA.format(now.isAfter(until) ? until : now));
            ObjectNode comment = fields.putObject("comment");
            comment.put("total", comments.size());
            comment.set("comments", comments);
            ObjectNode changelog = issue.putObject("changelog");
            changelog.put("total", histories.size());
            changelog.set("histories", histories);
            return issue;
        }
    }

    private static String categoryKey(StatusRef status) {
        switch (status.category()) {
            case TO_DO:
                return "new";
            case DONE:
                return "done";
            default:
                return "indeterminate";
        }
    }
}
