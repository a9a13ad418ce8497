package io.serviceculture.bench.data;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.jspecify.annotations.Nullable;

/**
 * Writes the Jira side of a scale data set as the host's import folder ({@code standalone/README.md}, "Data
 * folders"): users, groups, projects, statuses, reporting lines and issues in Jira REST v2 JSON with changelogs
 * and comments, shaped like the real issues in {@code shared/data/jira} and the demo's synthetic ones. The host
 * keeps no tables for Jira's own data: it reads this folder at every start, as it reads the demo.
 *
 * <p>Each issue is served by one of its project's teams: assigned to a member, worked on, sometimes waiting for
 * the reporter, handed to another team (and back), commented on, resolved, sometimes reopened within two weeks and
 * closed; about ten history items (changelog items and comments) an issue.
 */
public final class JiraFolder {
    static final int ISSUES_PER_FILE = 1000;
    static final long FIRST_ISSUE_ID = 1_000_000L;
    static final String LABEL = "scale";

    private static final DateTimeFormatter JIRA = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ", Locale.ROOT)
            .withZone(ZoneOffset.UTC);
    private static final String[] TYPES = {"Service Request", "Service Request", "Task", "Bug"};
    private static final String[] PRIORITIES = {"Low", "Medium", "Medium", "Medium", "High", "Highest"};
    private static final String[] SUMMARIES = {
        "Cannot log in to the VPN",
        "New laptop for a starter",
        "Access to the finance share",
        "Invoice is missing",
        "Meeting room display is broken",
        "Please review this contract",
        "Build pipeline fails on main",
        "Payroll question",
        "Order more monitors",
        "Password reset",
        "Onboarding checklist",
        "Expense refund"
    };

    record Status(String id, String name, String category) {}

    static final Status OPEN = new Status("1", "Open", "new");
    static final Status IN_PROGRESS = new Status("3", "In Progress", "indeterminate");
    static final Status REOPENED = new Status("4", "Reopened", "new");
    static final Status RESOLVED = new Status("5", "Resolved", "done");
    static final Status CLOSED = new Status("6", "Closed", "done");
    static final Status WAITING = new Status("10100", "Waiting for client", "indeterminate");
    static final List<Status> STATUSES = List.of(OPEN, IN_PROGRESS, REOPENED, RESOLVED, CLOSED, WAITING);

    /** What the kudos generator needs to know of each issue, by index. */
    public static final class Issues {
        private final long[] ids;
        private final String[] keys;
        private final int[] assignees;
        private final long historyItems;
        private final long comments;

        Issues(long[] ids, String[] keys, int[] assignees, long historyItems, long comments) {
            this.ids = ids;
            this.keys = keys;
            this.assignees = assignees;
            this.historyItems = historyItems;
            this.comments = comments;
        }

        public int size() {
            return ids.length;
        }

        public long id(int issue) {
            return ids[issue];
        }

        public String key(int issue) {
            return keys[issue];
        }

        /** The issue's assignee at the end, or -1 when unassigned. */
        public int assignee(int issue) {
            return assignees[issue];
        }

        /** Changelog items, each a change of status, assignee or resolution. */
        public long historyItems() {
            return historyItems;
        }

        public long comments() {
            return comments;
        }

        /** Changelog items and comments together. */
        public long historyAndComments() {
            return historyItems + comments;
        }
    }

    private final People people;
    private final JsonFactory json = new JsonFactory();

    public JiraFolder(People people) {
        this.people = people;
    }

    /** Writes the folder and returns the issues' ids, keys and final assignees. */
    public Issues write(Path dir) throws IOException {
        Files.createDirectories(dir.resolve("jira"));
        writeUsers(dir.resolve("users.json"));
        writeGroups(dir.resolve("groups.json"));
        writeProjects(dir.resolve("projects.json"));
        writeStatuses(dir.resolve("statuses.json"));
        writeReportingLines(dir.resolve("reporting-lines.csv"));
        return writeIssues(dir.resolve("jira"));
    }

    private void writeUsers(Path file) throws IOException {
        try (JsonGenerator out = json.createGenerator(file.toFile(), JsonEncoding.UTF8)) {
            out.writeStartArray();
            user(out, People.ADMIN, "Ada Admin", "Europe/London", "en_GB");
            for (int h = 0; h < People.HR_MEMBERS; h++) {
                user(out, People.hrName(h), "HR Member " + h, "Europe/Berlin", "en_GB");
            }
            for (int u = 0; u < people.size(); u++) {
                user(out, People.name(u), people.displayName(u), people.zone(u).getId(), people.locale(u));
            }
            out.writeEndArray();
        }
    }

    private static void user(JsonGenerator out, String name, String displayName, String zone, String locale)
            throws IOException {
        out.writeStartObject();
        out.writeStringField("key", name);
        out.writeStringField("name", name);
        out.writeStringField("displayName", displayName);
        out.writeStringField("emailAddress", name + "@example.com");
        out.writeStringField("password", name);
        out.writeStringField("timeZone", zone);
        out.writeStringField("locale", locale);
        out.writeBooleanField("active", true);
        out.writeEndObject();
    }

    private void writeGroups(Path file) throws IOException {
        try (JsonGenerator out = json.createGenerator(file.toFile(), JsonEncoding.UTF8)) {
            out.writeStartArray();
            out.writeStartObject();
            out.writeStringField("name", People.USERS_GROUP);
            out.writeArrayFieldStart("members");
            out.writeString(People.ADMIN);
            for (int h = 0; h < People.HR_MEMBERS; h++) {
                out.writeString(People.hrName(h));
            }
            for (int u = 0; u < people.size(); u++) {
                out.writeString(People.name(u));
            }
            out.writeEndArray();
            out.writeEndObject();
            group(out, People.ADMINS_GROUP, List.of(People.ADMIN));
            List<String> hr = new ArrayList<>();
            for (int h = 0; h < People.HR_MEMBERS; h++) {
                hr.add(People.hrName(h));
            }
            group(out, People.HR_GROUP, hr);
            for (int t = 0; t < people.spec().teams(); t++) {
                List<String> names = new ArrayList<>();
                for (int member : people.members(t)) {
                    names.add(People.name(member));
                }
                group(out, People.teamName(t), names);
            }
            out.writeEndArray();
        }
    }

    private static void group(JsonGenerator out, String name, List<String> members) throws IOException {
        out.writeStartObject();
        out.writeStringField("name", name);
        out.writeArrayFieldStart("members");
        for (String member : members) {
            out.writeString(member);
        }
        out.writeEndArray();
        out.writeEndObject();
    }

    private void writeProjects(Path file) throws IOException {
        try (JsonGenerator out = json.createGenerator(file.toFile(), JsonEncoding.UTF8)) {
            out.writeStartArray();
            for (int p = 0; p < people.spec().projects(); p++) {
                out.writeStartObject();
                out.writeStringField("id", String.valueOf(People.projectId(p)));
                out.writeStringField("key", People.projectKey(p));
                out.writeStringField("name", "Service desk " + People.projectKey(p));
                out.writeStringField("lead", People.name(people.lead(people.providerTeams(p)[0])));
                out.writeArrayFieldStart("browseGroups");
                out.writeString(People.USERS_GROUP);
                out.writeEndArray();
                out.writeEndObject();
            }
            out.writeEndArray();
        }
    }

    private void writeStatuses(Path file) throws IOException {
        try (JsonGenerator out = json.createGenerator(file.toFile(), JsonEncoding.UTF8)) {
            out.writeStartArray();
            for (Status status : STATUSES) {
                out.writeStartObject();
                out.writeStringField("id", status.id());
                out.writeStringField("name", status.name());
                out.writeObjectFieldStart("statusCategory");
                out.writeStringField("key", status.category());
                out.writeEndObject();
                out.writeEndObject();
            }
            out.writeEndArray();
        }
    }

    private void writeReportingLines(Path file) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("user,manager\n");
            for (int u = 0; u < people.size(); u++) {
                int manager = people.manager(u);
                if (manager >= 0) {
                    out.write(People.name(u) + "," + People.name(manager) + "\n");
                }
            }
        }
    }

    private Issues writeIssues(Path dir) throws IOException {
        ScaleSpec spec = people.spec();
        Random random = new Random(spec.seed() + 1);
        int count = spec.issues();
        long[] ids = new long[count];
        String[] keys = new String[count];
        int[] assignees = new int[count];
        int[] numbers = new int[spec.projects()];
        long items = 0;
        long comments = 0;
        JsonGenerator out = null;
        try {
            for (int i = 0; i < count; i++) {
                if (i % ISSUES_PER_FILE == 0) {
                    if (out != null) {
                        endFile(out);
                    }
                    Path file = dir.resolve(String.format(Locale.ROOT, "issues-%05d.json", i / ISSUES_PER_FILE));
                    out = json.createGenerator(file.toFile(), JsonEncoding.UTF8);
                    out.writeStartObject();
                    out.writeArrayFieldStart("issues");
                }
                int project = random.nextInt(spec.projects());
                Issue issue = new Issue(random, FIRST_ISSUE_ID + i, project, ++numbers[project]);
                issue.play();
                issue.write(out);
                ids[i] = issue.id;
                keys[i] = issue.key();
                assignees[i] = issue.assignee;
                items += issue.items;
                comments += issue.comments.size();
            }
        } finally {
            if (out != null) {
                endFile(out);
            }
        }
        return new Issues(ids, keys, assignees, items, comments);
    }

    private static void endFile(JsonGenerator out) throws IOException {
        out.writeEndArray();
        out.writeEndObject();
        out.close();
    }

    private record Item(
            String field,
            @Nullable String from,
            @Nullable String fromText,
            @Nullable String to,
            @Nullable String toText) {}

    private record History(Instant at, int author, List<Item> items) {}

    private record Comment(Instant at, int author, boolean restricted) {}

    /** One issue's life, played forward from its creation until {@link ScaleSpec#UNTIL}. */
    private final class Issue {
        private final Random random;
        private final long id;
        private final int project;
        private final int number;
        private final int[] providers;
        private final int reporter;
        private final Instant created;
        private final List<History> histories = new ArrayList<>();
        private final List<Comment> comments = new ArrayList<>();
        private Instant now;
        private int assignee;
        private int team;
        private Status status = OPEN;
        private @Nullable String resolution;
        private int items;
        private boolean stopped;

        Issue(Random random, long id, int project, int number) {
            this.random = random;
            this.id = id;
            this.project = project;
            this.number = number;
            this.providers = people.providerTeams(project);
            this.team = providers[random.nextInt(providers.length)];
            this.reporter = client(project);
            long span = Duration.between(ScaleSpec.FROM, ScaleSpec.UNTIL).toMinutes();
            this.created = ScaleSpec.FROM.plus(Duration.ofMinutes((long) (random.nextDouble() * span)));
            this.now = created;
            this.assignee = random.nextBoolean() ? memberOf(team) : -1;
        }

        String key() {
            return People.projectKey(project) + "-" + number;
        }

        /** Someone outside the project's teams, as most requests come from clients. */
        private int client(int project) {
            for (int attempt = 0; attempt < 10; attempt++) {
                int user = random.nextInt(people.size());
                if (people.primaryTeam(user) % people.spec().projects() != project) {
                    return user;
                }
            }
            return random.nextInt(people.size());
        }

        private int memberOf(int t) {
            return people.member(t, random.nextInt(people.memberCount(t)));
        }

        void play() {
            if (assignee < 0) {
                assign(minutes(5, 600), people.lead(team), memberOf(team));
            }
            if (random.nextInt(10) < 8) {
                comment(minutes(10, 60 * 30), assignee, random.nextInt(20) == 0);
            }
            transition(minutes(5, 240), assignee, IN_PROGRESS);
            if (random.nextInt(4) == 0) {
                transition(minutes(30, 600), assignee, WAITING);
                comment(minutes(60, 60 * 48), reporter, false);
                transition(minutes(1, 30), reporter, IN_PROGRESS);
            }
            if (random.nextInt(100) < 35) {
                int first = assignee;
                int firstTeam = team;
                team = otherTeam(firstTeam);
                assign(minutes(60, 60 * 24), first, memberOf(team));
                comment(minutes(30, 60 * 20), assignee, false);
                if (random.nextInt(10) < 3) {
                    team = firstTeam;
                    assign(minutes(60, 60 * 24), assignee, memberOf(team));
                }
            }
            // 0-8 further comments: about 10.5 history items an issue, so 100k issues carry over 1M
            int extra = random.nextInt(9);
            for (int c = 0; c < extra; c++) {
                comment(minutes(10, 60 * 12), random.nextInt(3) == 0 ? reporter : assignee, random.nextInt(20) == 0);
            }
            if (random.nextInt(100) < 85) {
                resolve(minutes(60, 60 * 72));
                if (random.nextInt(100) < 12) {
                    Instant at = now.plus(minutes(60, 60 * 24 * 10));
                    history(at, reporter, statusItem(REOPENED), new Item("resolution", "1", resolution, null, null));
                    if (!stopped) {
                        status = REOPENED;
                        resolution = null;
                    }
                    comment(minutes(1, 10), reporter, false);
                    transition(minutes(30, 60 * 8), assignee, IN_PROGRESS);
                    resolve(minutes(60, 60 * 48));
                }
                if (random.nextBoolean()) {
                    transition(minutes(60 * 24, 60 * 24 * 7), reporter, CLOSED);
                }
            }
        }

        /** Most hand-offs stay among the project's teams; some go to any team. */
        private int otherTeam(int current) {
            int teams = people.spec().teams();
            int candidate = random.nextInt(10) < 7 && providers.length > 1
                    ? providers[random.nextInt(providers.length)]
                    : random.nextInt(teams);
            return candidate == current ? (current + 1) % teams : candidate;
        }

        private void resolve(Duration after) {
            String name = random.nextBoolean() ? "Fixed" : "Done";
            history(now.plus(after), assignee, statusItem(RESOLVED), new Item("resolution", null, null, "1", name));
            if (!stopped) {
                status = RESOLVED;
                resolution = name;
            }
        }

        private void transition(Duration after, int author, Status to) {
            history(now.plus(after), author, statusItem(to));
            if (!stopped) {
                status = to;
            }
        }

        private Item statusItem(Status to) {
            return new Item("status", status.id(), status.name(), to.id(), to.name());
        }

        private void assign(Duration after, int author, int to) {
            Item item = new Item(
                    "assignee",
                    assignee < 0 ? null : People.name(assignee),
                    assignee < 0 ? null : people.displayName(assignee),
                    People.name(to),
                    people.displayName(to));
            history(now.plus(after), author, item);
            if (!stopped) {
                assignee = to;
            }
        }

        /** Nothing happens after {@link ScaleSpec#UNTIL}: the issue is left as it was then. */
        private void history(Instant at, int author, Item... list) {
            if (stopped || at.isAfter(ScaleSpec.UNTIL)) {
                stopped = true;
                return;
            }
            now = at;
            histories.add(new History(at, author, List.of(list)));
            items += list.length;
        }

        private void comment(Duration after, int author, boolean restricted) {
            Instant at = now.plus(after);
            if (stopped || at.isAfter(ScaleSpec.UNTIL)) {
                stopped = true;
                return;
            }
            now = at;
            comments.add(new Comment(at, author, restricted));
        }

        private Duration minutes(int min, int max) {
            return Duration.ofMinutes(min + random.nextInt(max - min + 1));
        }

        void write(JsonGenerator out) throws IOException {
            out.writeStartObject();
            out.writeStringField("id", String.valueOf(id));
            out.writeStringField("key", key());
            out.writeObjectFieldStart("fields");
            out.writeStringField("summary", SUMMARIES[(int) (id % SUMMARIES.length)]);
            out.writeObjectFieldStart("issuetype");
            out.writeStringField("name", TYPES[(int) (id % TYPES.length)]);
            out.writeEndObject();
            out.writeObjectFieldStart("priority");
            out.writeStringField("name", PRIORITIES[(int) (id / 7 % PRIORITIES.length)]);
            out.writeEndObject();
            out.writeArrayFieldStart("labels");
            out.writeString(LABEL);
            out.writeEndArray();
            out.writeArrayFieldStart("components");
            out.writeEndArray();
            out.writeObjectFieldStart("project");
            out.writeStringField("id", String.valueOf(People.projectId(project)));
            out.writeStringField("key", People.projectKey(project));
            out.writeStringField("name", "Service desk " + People.projectKey(project));
            out.writeEndObject();
            out.writeFieldName("reporter");
            user(out, reporter);
            out.writeFieldName("creator");
            user(out, reporter);
            out.writeFieldName("assignee");
            if (assignee < 0) {
                out.writeNull();
            } else {
                user(out, assignee);
            }
            out.writeObjectFieldStart("status");
            out.writeStringField("id", status.id());
            out.writeStringField("name", status.name());
            out.writeObjectFieldStart("statusCategory");
            out.writeStringField("key", status.category());
            out.writeEndObject();
            out.writeEndObject();
            out.writeFieldName("resolution");
            if (resolution == null) {
                out.writeNull();
            } else {
                out.writeStartObject();
                out.writeStringField("name", resolution);
                out.writeEndObject();
            }
            out.writeStringField("created", JIRA.format(created));
            out.writeStringField("updated", JIRA.format(now));
            out.writeObjectFieldStart("comment");
            out.writeNumberField("total", comments.size());
            out.writeArrayFieldStart("comments");
            long commentId = id * 100;
            for (Comment comment : comments) {
                out.writeStartObject();
                out.writeStringField("id", String.valueOf(commentId++));
                out.writeFieldName("author");
                user(out, comment.author());
                out.writeStringField(
                        "body", comment.restricted() ? "Internal note (scale data)." : "Update on this request.");
                out.writeStringField("created", JIRA.format(comment.at()));
                if (comment.restricted()) {
                    out.writeObjectFieldStart("visibility");
                    out.writeStringField("type", "group");
                    out.writeStringField("value", People.ADMINS_GROUP);
                    out.writeEndObject();
                }
                out.writeEndObject();
            }
            out.writeEndArray();
            out.writeEndObject();
            out.writeEndObject();
            out.writeObjectFieldStart("changelog");
            out.writeNumberField("total", histories.size());
            out.writeArrayFieldStart("histories");
            long historyId = id * 100;
            for (History history : histories) {
                out.writeStartObject();
                out.writeStringField("id", String.valueOf(historyId++));
                out.writeFieldName("author");
                user(out, history.author());
                out.writeStringField("created", JIRA.format(history.at()));
                out.writeArrayFieldStart("items");
                for (Item item : history.items()) {
                    out.writeStartObject();
                    out.writeStringField("field", item.field());
                    out.writeStringField("fieldtype", "jira");
                    out.writeStringField("from", item.from());
                    out.writeStringField("fromString", item.fromText());
                    out.writeStringField("to", item.to());
                    out.writeStringField("toString", item.toText());
                    out.writeEndObject();
                }
                out.writeEndArray();
                out.writeEndObject();
            }
            out.writeEndArray();
            out.writeEndObject();
            out.writeEndObject();
        }

        private void user(JsonGenerator out, int user) throws IOException {
            out.writeStartObject();
            out.writeStringField("key", People.name(user));
            out.writeStringField("name", People.name(user));
            out.writeStringField("displayName", people.displayName(user));
            out.writeEndObject();
        }
    }
}
