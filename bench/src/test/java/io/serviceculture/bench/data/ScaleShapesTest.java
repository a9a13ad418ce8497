package io.serviceculture.bench.data;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.serviceculture.standalone.directory.HostDirectory;
import io.serviceculture.standalone.importer.ImportSource;
import io.serviceculture.standalone.importer.JiraImporter;
import io.serviceculture.standalone.jira.JiraStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.BeforeClass;
import org.junit.ClassRule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/** The shapes of a small data set (a hundredth of the full one), written to a folder and to list sinks. */
public class ScaleShapesTest {
    @ClassRule
    public static final TemporaryFolder TEMP = new TemporaryFolder();

    private static final ScaleSpec SPEC = ScaleSpec.divided(100);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static Path folder;
    private static People people;
    private static JiraFolder.Issues issues;
    private static ListSinks sinks;
    private static AppRows.Counts kudos;

    @BeforeClass
    public static void generate() throws IOException {
        folder = TEMP.newFolder("jira").toPath();
        people = new People(SPEC);
        issues = new JiraFolder(people).write(folder);
        sinks = new ListSinks();
        AppRows rows = new AppRows(people, issues);
        rows.writeDirectory(sinks);
        kudos = rows.writeKudos(sinks);
    }

    @Test
    public void aHundredthOfTheFullSetKeepsItsShape() {
        assertThat(SPEC.users()).isEqualTo(200);
        assertThat(SPEC.teams()).isEqualTo(2);
        assertThat(SPEC.issues()).isEqualTo(1000);
        assertThat(SPEC.kudos()).isEqualTo(10_000);
    }

    @Test
    public void issuesHaveAtLeastTenHistoryItemsEachSoTheFullSetHoldsAMillion() {
        assertThat(issues.size()).isEqualTo(1000);
        double perIssue = issues.historyAndComments() / (double) issues.size();
        assertThat(perIssue).isBetween(10.0, 11.5);
        assertThat(issues.comments()).isPositive();
    }

    @Test
    public void theHostImportsTheFolderAsItImportsRealJiraExports() {
        // given the host's own importer over an empty store
        JiraStore store = new JiraStore(new HostDirectory());

        // when it reads the folder
        JiraImporter.Summary summary = new JiraImporter(store).importFrom(ImportSource.directory(folder));

        // then every person (users, the admin, ten HR members) and issue is there, and no one else
        assertThat(summary.users()).isEqualTo(SPEC.users() + 1 + People.HR_MEMBERS);
        assertThat(summary.issues()).isEqualTo(SPEC.issues());
        assertThat(store.issueByKey(issues.key(0))).isPresent();
        // with their timelines: at least the creation and the changes, in time order
        store.issues().forEach(issue -> {
            assertThat(issue.timeline().created()).isBefore(ScaleSpec.UNTIL);
        });
    }

    @Test
    public void historiesAreInTimeOrderAndNeverAfterTheEnd() throws IOException {
        try (Stream<Path> files = Files.list(folder.resolve("jira"))) {
            for (Path file : files.sorted().limit(1).toList()) {
                for (JsonNode issue : JSON.readTree(file.toFile()).path("issues")) {
                    Instant previous = Instant.parse(
                            issue.path("fields").path("created").asText().replaceFirst("\\+0000$", "Z"));
                    for (JsonNode history : issue.path("changelog").path("histories")) {
                        Instant at =
                                Instant.parse(history.path("created").asText().replaceFirst("\\+0000$", "Z"));
                        assertThat(at).isAfterOrEqualTo(previous).isBeforeOrEqualTo(ScaleSpec.UNTIL);
                        previous = at;
                    }
                }
            }
        }
    }

    @Test
    public void someIssuesWaitForTheClientAreHandedOffAndReopened() throws IOException {
        Map<String, Integer> fields = new HashMap<>();
        int reopened = 0;
        try (Stream<Path> files = Files.list(folder.resolve("jira"))) {
            for (Path file : files.toList()) {
                for (JsonNode issue : JSON.readTree(file.toFile()).path("issues")) {
                    for (JsonNode history : issue.path("changelog").path("histories")) {
                        for (JsonNode item : history.path("items")) {
                            fields.merge(item.path("field").asText(), 1, Integer::sum);
                            if (item.path("to").asText().equals(JiraFolder.REOPENED.id())) {
                                reopened++;
                            }
                        }
                    }
                }
            }
        }
        assertThat(fields).containsOnlyKeys("status", "assignee", "resolution");
        // about 12 % of the 85 % resolved are reopened
        assertThat(reopened).isBetween(60, 150);
    }

    @Test
    public void kudosKeepTheWeeklyAllowanceAndNeverGoToTheGiver() {
        assertThat(kudos.kudos()).isEqualTo(10_000);
        List<Object> slots = sinks.column("KUDOS", "SLOT");
        assertThat(new HashSet<>(slots)).hasSameSizeAs(slots);
        for (Object slot : slots) {
            int n = Integer.parseInt(slot.toString().substring(slot.toString().lastIndexOf('|') + 1));
            assertThat(n).isBetween(1, AppRows.ALLOWANCE);
        }
        Map<Long, String> giverById = new HashMap<>();
        for (Object[] row : sinks.rows.get("KUDOS")) {
            giverById.put((Long) row[0], (String) row[1]);
        }
        for (Object[] row : sinks.rows.get("KUDOS_RCV")) {
            assertThat(row[2]).isNotEqualTo("user:" + giverById.get((Long) row[1]));
        }
        List<Object> requestKeys = sinks.column("KUDOS", "REQUEST_KEY");
        assertThat(new HashSet<>(requestKeys)).hasSameSizeAs(requestKeys);
    }

    @Test
    public void kudosHaveTeamReceiversPrivateOnesReactionsAndHiddenOnes() {
        long teamReceivers = sinks.column("KUDOS_RCV", "RECEIVER_ID").stream()
                .filter(r -> r.toString().startsWith("team:"))
                .count();
        // one in twenty kudos, of 10,000
        assertThat(teamReceivers).isBetween(400L, 600L);
        long privateOnes = sinks.column("KUDOS", "VISIBILITY").stream()
                .filter("PRIVATE"::equals)
                .count();
        assertThat(privateOnes).isBetween(800L, 1200L);
        // reactions: P(at least one more) = 0.45, so about 0.45 / 0.55 = 0.82 a kudos
        assertThat(kudos.reactions()).isBetween(7_000L, 9_500L);
        List<Object> reactionKeys = sinks.column("KUDOS_REACT", "REACTION_KEY");
        assertThat(new HashSet<>(reactionKeys)).hasSameSizeAs(reactionKeys);
        // one in five hundred hidden, each with its moderation row
        long hidden = sinks.column("KUDOS", "HIDDEN_BY").stream()
                .filter(h -> h != null)
                .count();
        assertThat(hidden).isEqualTo(kudos.hidden()).isBetween(5L, 40L);
    }

    @Test
    public void kudosAboutAnIssueGoToItsAssignee() {
        Map<Long, Integer> assigneeById = new HashMap<>();
        for (int i = 0; i < issues.size(); i++) {
            assigneeById.put(issues.id(i), issues.assignee(i));
        }
        Map<Long, Set<String>> receivers = new HashMap<>();
        for (Object[] row : sinks.rows.get("KUDOS_RCV")) {
            receivers.computeIfAbsent((Long) row[1], k -> new HashSet<>()).add((String) row[2]);
        }
        int linked = 0;
        for (Object[] row : sinks.rows.get("KUDOS")) {
            if (row[4] != null) {
                linked++;
                String assignee = "user:" + People.name(assigneeById.get((Long) row[4]));
                assertThat(receivers.get((Long) row[0])).contains(assignee);
            }
        }
        assertThat(linked).isBetween(2_000, 3_200);
    }

    @Test
    public void membershipsCoverEveryPersonAndTheMovesEndWhenTheNewTeamStarts() {
        List<Object> users = sinks.column("TEAM_MEMBER", "USER_KEY");
        assertThat(new HashSet<>(users)).hasSize(SPEC.users());
        for (Object[] row : sinks.rows.get("TEAM_MEMBER")) {
            if (row[4] != null) {
                assertThat((Instant) row[4]).isAfter((Instant) row[3]);
            }
        }
        assertThat(sinks.rows.get("TEAM_LEAD")).hasSize(SPEC.teams());
        // everyone but the head reports to someone
        assertThat(sinks.rows.get("MANAGER")).hasSize(SPEC.users() - 1);
    }
}
