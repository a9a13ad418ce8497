package io.serviceculture.standalone.importer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.serviceculture.core.issues.IssueEvent;
import io.serviceculture.core.issues.IssueEvent.AssigneeChanged;
import io.serviceculture.core.issues.IssueEvent.Commented;
import io.serviceculture.core.issues.IssueEvent.ResolutionSet;
import io.serviceculture.core.issues.IssueEvent.StatusChanged;
import io.serviceculture.core.issues.IssueFacts;
import io.serviceculture.core.issues.IssueTimeline;
import io.serviceculture.core.issues.StatusCategory;
import io.serviceculture.core.issues.StatusRef;
import io.serviceculture.core.people.UserKey;
import io.serviceculture.standalone.directory.HostDirectory;
import io.serviceculture.standalone.jira.StatusCatalog;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.junit.Test;

/**
 * The mapper on real issues from the ASF's and Atlassian's Jira (demo/jira, Apache-2.0). Every expected event
 * was read off the JSON by hand: times converted to UTC, events in time order.
 */
public class TimelineMapperTest {
    private static final StatusRef OPEN = new StatusRef("1", "Open", StatusCategory.TO_DO);
    private static final StatusRef IN_PROGRESS = new StatusRef("3", "In Progress", StatusCategory.IN_PROGRESS);
    private static final StatusRef REOPENED = new StatusRef("4", "Reopened", StatusCategory.TO_DO);
    private static final StatusRef RESOLVED = new StatusRef("5", "Resolved", StatusCategory.DONE);
    private static final StatusRef CLOSED = new StatusRef("6", "Closed", StatusCategory.DONE);

    private final TimelineMapper mapper = new TimelineMapper(new StatusCatalog(), new HostDirectory());

    @Test
    public void mapsAnAssignmentWorkAndClosureWithTheCommentsBetween() throws IOException {
        // when
        IssueTimeline drill38 = mapper.map(issue("asf-drill/drill_38_issue.json"));

        // then
        assertThat(drill38.issueId()).isEqualTo(12633776L);
        assertThat(drill38.issueKey()).isEqualTo("DRILL-38");
        assertThat(drill38.facts()).isEqualTo(new IssueFacts("DRILL", "Sub-task", "Major", Set.of(), Set.of()));
        assertThat(drill38.reporter()).contains(user("chrismerrick"));
        assertThat(drill38.created()).isEqualTo(at("2013-02-24T02:04:42.952Z"));
        assertThat(drill38.initialStatus()).isEqualTo(OPEN);
        assertThat(drill38.initialAssignee()).isEmpty();
        assertThat(drill38.events())
                .containsExactly(
                        comment("2013-02-24T02:13:00.018Z", "chrismerrick", false),
                        new AssigneeChanged(
                                at("2013-02-24T17:00:58.268Z"),
                                Optional.of(user("tnachen")),
                                Optional.empty(),
                                Optional.of(user("cmerrick"))),
                        comment("2013-02-24T17:01:36.848Z", "tnachen", false),
                        comment("2013-02-24T17:43:36.857Z", "cmerrick", false),
                        new StatusChanged(
                                at("2013-02-24T17:43:46.087Z"), Optional.of(user("cmerrick")), OPEN, IN_PROGRESS),
                        comment("2013-02-25T04:02:43.710Z", "jnadeau", false),
                        new StatusChanged(
                                at("2013-02-25T04:02:52.996Z"), Optional.of(user("jnadeau")), IN_PROGRESS, CLOSED),
                        new ResolutionSet(at("2013-02-25T04:02:52.996Z"), Optional.of(user("jnadeau")), "Fixed"));
    }

    @Test
    public void keepsTheOrderOfItemsWithinOneChangeAndPutsALaterCommentAfterIt() throws IOException {
        // when
        IssueTimeline drill1 = mapper.map(issue("asf-drill/drill_1_issue.json"));

        // then
        assertThat(drill1.initialStatus()).isEqualTo(OPEN);
        assertThat(drill1.initialAssignee()).isEmpty();
        assertThat(drill1.eventsOf(Commented.class))
                .extracting(IssueEvent::at)
                .containsExactly(
                        at("2012-09-14T08:44:50.798Z"),
                        at("2012-09-14T19:39:41.090Z"),
                        at("2012-09-19T04:20:03.706Z"),
                        at("2012-09-19T16:17:05.421Z"),
                        at("2012-09-19T20:42:17.960Z"),
                        at("2013-01-11T01:17:42.941Z"),
                        at("2014-05-28T22:58:39.390Z"));
        assertThat(drill1.events().subList(6, 9))
                .containsExactly(
                        new ResolutionSet(at("2014-05-28T22:58:39.071Z"), Optional.of(user("jnadeau")), "Won't Fix"),
                        new StatusChanged(at("2014-05-28T22:58:39.071Z"), Optional.of(user("jnadeau")), OPEN, RESOLVED),
                        comment("2014-05-28T22:58:39.390Z", "jnadeau", false));
    }

    @Test
    public void derivesTheInitialStatusAndAssigneeFromTheFirstChangeToEach() throws IOException {
        // when: DRILL-138 is Closed now, but its first status change left Reopened and its first
        // assignee change moved it away from breed
        IssueTimeline drill138 = mapper.map(issue("asf-drill/drill_138_issue.json"));

        // then
        assertThat(drill138.initialStatus()).isEqualTo(REOPENED);
        assertThat(drill138.initialAssignee()).contains(user("breed"));
        assertThat(drill138.events())
                .containsExactly(
                        new AssigneeChanged(
                                at("2015-02-24T17:00:58.268Z"),
                                Optional.of(user("tnachen")),
                                Optional.of(user("breed")),
                                Optional.of(user("phunt"))),
                        new StatusChanged(
                                at("2016-08-13T17:29:13.718Z"), Optional.of(user("jnadeau")), REOPENED, RESOLVED),
                        // from "Test" to "Fixed": a resolution replaced is a resolution set
                        new ResolutionSet(at("2016-08-13T17:29:13.718Z"), Optional.of(user("jnadeau")), "Fixed"));
        assertThat(drill138.facts().labels()).containsExactlyInAnyOrder("operator", "optimizer", "physical");
        assertThat(drill138.facts().components()).containsExactlyInAnyOrder("java client", "server", "tests");
    }

    @Test
    public void readsOffsetTimesAndChangesWithoutAnAuthor() throws IOException {
        // when: HST-1 was written at +0200 and one of its two identical changes has "author": null
        IssueTimeline hst1 = mapper.map(issue("jrjc/valid-5.0-with-changelog.json"));

        // then
        assertThat(hst1.created()).isEqualTo(at("2012-04-12T12:27:37.672Z"));
        assertThat(hst1.initialStatus()).isEqualTo(OPEN);
        assertThat(hst1.initialAssignee()).contains(user("user1"));
        assertThat(hst1.events())
                .containsExactly(
                        comment("2012-04-12T12:28:28.245Z", "user1", false),
                        new AssigneeChanged(
                                at("2012-04-12T12:28:44.079Z"),
                                Optional.of(user("user1")),
                                Optional.of(user("user1")),
                                Optional.of(user("user2"))),
                        new AssigneeChanged(
                                at("2012-04-12T12:28:44.079Z"),
                                Optional.empty(),
                                Optional.of(user("user1")),
                                Optional.of(user("user2"))),
                        comment("2012-04-12T12:30:09.682Z", "user2", false));
    }

    @Test
    public void marksCommentsRestrictedToARoleOrAGroup() throws IOException {
        // when
        IssueTimeline tst2 = mapper.map(issue("jrjc/valid-all-expanded.json"));

        // then
        assertThat(tst2.facts())
                .isEqualTo(new IssueFacts("TST", "Bug", "Major", Set.of(), Set.of("Component A", "Component B")));
        assertThat(tst2.initialStatus()).isEqualTo(OPEN);
        assertThat(tst2.initialAssignee()).contains(user("admin"));
        assertThat(tst2.events())
                .containsExactly(
                        new StatusChanged(
                                at("2010-08-17T14:40:34.924Z"), Optional.of(user("admin")), OPEN, IN_PROGRESS),
                        comment("2010-08-17T14:40:57.791Z", "admin", true),
                        comment("2010-08-17T14:41:15.360Z", "wseliga", false),
                        comment("2010-08-17T14:49:31.528Z", "wseliga", true),
                        new AssigneeChanged(
                                at("2012-12-07T13:43:49.593Z"),
                                Optional.of(user("admin")),
                                Optional.of(user("admin")),
                                Optional.of(user("wseliga"))),
                        comment("2012-12-07T13:52:52.567Z", "admin", false));
    }

    @Test
    public void resolvesUserNamesInOldChangelogsToTheKeysTheDirectoryKnows() throws IOException {
        // given: a directory where user1 has a key of its own, as after a Jira 6 upgrade
        HostDirectory directory = new HostDirectory();
        directory.addUser(
                "JIRAUSER10000",
                "user1",
                "User One",
                "",
                Optional.empty(),
                java.time.ZoneOffset.UTC,
                java.util.Locale.ENGLISH,
                true);
        TimelineMapper withKeys = new TimelineMapper(new StatusCatalog(), directory);

        // when
        IssueTimeline hst1 = withKeys.map(issue("jrjc/valid-5.0-with-changelog.json"));

        // then
        assertThat(hst1.reporter()).contains(user("JIRAUSER10000"));
        assertThat(hst1.initialAssignee()).contains(user("JIRAUSER10000"));
    }

    private static JsonNode issue(String file) throws IOException {
        try (InputStream in = TimelineMapperTest.class.getClassLoader().getResourceAsStream("demo/jira/" + file)) {
            return new ObjectMapper().readTree(in);
        }
    }

    private static Commented comment(String at, String author, boolean restricted) {
        return new Commented(at(at), Optional.of(user(author)), restricted);
    }

    private static Instant at(String utc) {
        return Instant.parse(utc);
    }

    private static UserKey user(String key) {
        return UserKey.of(key);
    }
}
