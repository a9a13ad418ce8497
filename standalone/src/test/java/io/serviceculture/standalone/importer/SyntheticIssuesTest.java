package io.serviceculture.standalone.importer;

import static org.assertj.core.api.Assertions.assertThat;

import io.serviceculture.core.issues.IssueEvent;
import io.serviceculture.core.issues.IssueTimeline;
import io.serviceculture.core.issues.StatusCategory;
import io.serviceculture.core.people.UserKey;
import io.serviceculture.standalone.directory.HostDirectory;
import io.serviceculture.standalone.jira.HostIssue;
import io.serviceculture.standalone.jira.JiraStore;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.Test;

public class SyntheticIssuesTest {

    @Test
    public void generatesTheSameIssuesEveryTime() {
        // when
        List<HostIssue> first = demo().issues();
        List<HostIssue> second = demo().issues();

        // then
        assertThat(first).hasSize(5 + DemoData.SYNTHETIC_ISSUES);
        assertThat(first).isEqualTo(second);
    }

    @Test
    public void labelsEverySyntheticIssueAndKeepsItBeforeTheDemosToday() {
        // when
        List<HostIssue> synthetic = synthetic(demo());

        // then
        assertThat(synthetic).hasSize(DemoData.SYNTHETIC_ISSUES);
        assertThat(synthetic).allSatisfy(i -> {
            assertThat(i.timeline().facts().labels()).contains(SyntheticIssues.LABEL);
            assertThat(i.updated()).isBeforeOrEqualTo(DemoData.UNTIL);
            assertThat(i.timeline().events()).allSatisfy(e -> assertThat(e.at()).isBeforeOrEqualTo(DemoData.UNTIL));
        });
    }

    @Test
    public void handsIssuesBetweenTeamsReopensSomeAndCommentsOnMost() {
        // given
        JiraStore jira = demo();
        List<HostIssue> synthetic = synthetic(jira);

        // when
        long handedOff = synthetic.stream()
                .filter(i -> crossesTeams(jira.directory(), i.timeline()))
                .count();
        long reopened = synthetic.stream()
                .filter(i -> !i.timeline()
                        .eventsOf(IssueEvent.ResolutionCleared.class)
                        .isEmpty())
                .count();
        long commented = synthetic.stream()
                .filter(i -> !i.timeline().eventsOf(IssueEvent.Commented.class).isEmpty())
                .count();
        long resolved = synthetic.stream()
                .filter(i -> i.status().category() == StatusCategory.DONE)
                .count();

        // then: enough of each for the accountability, SLA and kudos demos
        assertThat(handedOff).isBetween(30L, 100L);
        assertThat(reopened).isBetween(8L, 40L);
        assertThat(commented).isGreaterThan(150L);
        assertThat(resolved).isBetween(100L, 190L);
    }

    @Test
    public void reopensWithinTwoWeeksOfTheResolution() {
        // given
        List<HostIssue> synthetic = synthetic(demo());

        // then
        synthetic.forEach(issue -> {
            List<IssueEvent.ResolutionSet> set = issue.timeline().eventsOf(IssueEvent.ResolutionSet.class);
            for (IssueEvent.ResolutionCleared cleared : issue.timeline().eventsOf(IssueEvent.ResolutionCleared.class)) {
                IssueEvent.ResolutionSet before = set.stream()
                        .filter(s -> s.at().isBefore(cleared.at()))
                        .reduce((a, b) -> b)
                        .orElseThrow();
                assertThat(Duration.between(before.at(), cleared.at())).isLessThanOrEqualTo(Duration.ofDays(14));
            }
        });
    }

    private static boolean crossesTeams(HostDirectory directory, IssueTimeline timeline) {
        return timeline.eventsOf(IssueEvent.AssigneeChanged.class).stream()
                .anyMatch(change -> change.from().isPresent()
                        && change.to().isPresent()
                        && !directory.groupsOf(key(change.from())).equals(directory.groupsOf(key(change.to()))));
    }

    private static String key(Optional<UserKey> user) {
        return user.orElseThrow().value();
    }

    private static List<HostIssue> synthetic(JiraStore jira) {
        return jira.issues().stream()
                .filter(i -> i.timeline().facts().labels().contains(SyntheticIssues.LABEL))
                .toList();
    }

    private static JiraStore demo() {
        JiraStore jira = new JiraStore(new HostDirectory());
        JiraImporter importer = new JiraImporter(jira);
        importer.importFrom(ImportSource.classpath(DemoData.FOLDER));
        DemoData.addSyntheticIssues(jira, importer);
        return jira;
    }
}
