package io.serviceculture.standalone.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.serviceculture.core.issues.IssueEvent;
import io.serviceculture.core.issues.StatusCategory;
import io.serviceculture.standalone.directory.HostDirectory;
import io.serviceculture.standalone.directory.HostUser;
import io.serviceculture.standalone.jira.HostIssue;
import io.serviceculture.standalone.jira.HostProject;
import io.serviceculture.standalone.jira.JiraStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;
import org.junit.Test;

public class JiraImporterTest {
    private final HostDirectory directory = new HostDirectory();
    private final JiraStore jira = new JiraStore(directory);
    private final JiraImporter importer = new JiraImporter(jira);

    @Test
    public void importsUsersGroupsProjectsAndASearchResult() {
        // when
        JiraImporter.Summary summary = importer.importFrom(ImportSource.classpath("hostdata"));

        // then
        assertThat(summary).isEqualTo(new JiraImporter.Summary(5, 4, 2, 2));
        HostUser alice = directory.byName("ALICE").orElseThrow();
        assertThat(alice.key()).isEqualTo("JIRAUSER10100");
        assertThat(alice.timeZone()).isEqualTo(ZoneId.of("Europe/Berlin"));
        assertThat(alice.locale()).isEqualTo(Locale.GERMANY);
        assertThat(directory.authenticate("alice", "alice")).contains(alice);
        assertThat(directory.authenticate("alice", "wrong")).isEmpty();
        assertThat(directory.authenticate("dave", "dave")).as("deactivated").isEmpty();
        assertThat(directory.isLicensed("JIRAUSER10100")).isTrue();
        assertThat(directory.isLicensed("bob")).isFalse();
        assertThat(directory.isAdmin("admin")).isTrue();
        assertThat(directory.members("team-it")).containsExactly("JIRAUSER10100", "dave");
        assertThat(directory.managerOf("carol")).contains("JIRAUSER10100");
        assertThat(jira.projectByKey("FIN").flatMap(HostProject::leadKey)).contains("carol");

        HostIssue help1 = jira.issueByKey("help-1").orElseThrow();
        assertThat(help1.id()).isEqualTo(30001L);
        assertThat(help1.assigneeKey()).contains("JIRAUSER10100");
        assertThat(help1.resolution()).contains("Fixed");
        assertThat(help1.status().category()).isEqualTo(StatusCategory.DONE);
        assertThat(help1.timeline().events()).hasSize(5);
        assertThat(help1.timeline().eventsOf(IssueEvent.Commented.class)).hasSize(1);
    }

    @Test
    public void letsOnlyTheProjectsGroupsBrowseItsIssues() {
        // given
        importer.importFrom(ImportSource.classpath("hostdata"));
        HostIssue fin1 = jira.issueByKey("FIN-1").orElseThrow();
        HostIssue help1 = jira.issueByKey("HELP-1").orElseThrow();

        // then
        assertThat(jira.canBrowse(Optional.of("carol"), fin1)).isTrue();
        assertThat(jira.canBrowse(Optional.of("JIRAUSER10100"), fin1)).isFalse();
        assertThat(jira.canBrowse(Optional.of("JIRAUSER10100"), help1)).isTrue();
        assertThat(jira.canBrowse(Optional.of("bob"), help1))
                .as("no application access")
                .isFalse();
        assertThat(jira.canBrowse(Optional.of("dave"), help1)).as("deactivated").isFalse();
        assertThat(jira.canBrowse(Optional.empty(), help1)).isFalse();
    }

    @Test
    public void importsTheDemoWithItsRealIssuesAndAddsTheirPeopleWithoutPasswords() {
        // when
        JiraImporter.Summary summary = importer.importFrom(ImportSource.classpath(DemoData.FOLDER));

        // then
        assertThat(summary.issues()).isEqualTo(5);
        assertThat(jira.issueByKey("DRILL-38")).isPresent();
        assertThat(jira.issueByKey("TST-2")).isPresent();
        assertThat(directory.byName("jnadeau"))
                .get()
                .extracting(HostUser::password)
                .isEqualTo(Optional.empty());
        assertThat(directory.authenticate("admin", "admin")).isPresent();
        assertThat(jira.projectByKey("DRILL").map(HostProject::browseGroups))
                .contains(HostDirectory.APPLICATION_GROUPS);
    }

    @Test
    public void importsAFolderOnDiskLikeTheClasspathOne() throws Exception {
        // given
        Path folder = Files.createTempDirectory("import");
        Files.createDirectories(folder.resolve("jira/nested"));
        Files.writeString(
                folder.resolve("jira/nested/one.json"),
                new String(
                        getClass()
                                .getResourceAsStream("/demo/jira/asf-drill/drill_38_issue.json")
                                .readAllBytes(),
                        java.nio.charset.StandardCharsets.UTF_8));

        // when
        JiraImporter.Summary summary = importer.importFrom(ImportSource.directory(folder));

        // then
        assertThat(summary.issues()).isEqualTo(1);
        assertThat(jira.issueByKey("DRILL-38").map(HostIssue::summary)).isPresent();
    }

    @Test
    public void namesTheFileThatIsNotJson() throws Exception {
        // given
        Path folder = Files.createTempDirectory("import");
        Files.createDirectories(folder.resolve("jira"));
        Files.writeString(folder.resolve("jira/broken.json"), "{not json");

        // then
        assertThatThrownBy(() -> importer.importFrom(ImportSource.directory(folder)))
                .isInstanceOf(ImportException.class)
                .hasMessageContaining("jira/broken.json");
    }
}
