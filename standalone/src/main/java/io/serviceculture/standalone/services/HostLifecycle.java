package io.serviceculture.standalone.services;

import com.atlassian.jira.bc.ServiceResult;
import com.atlassian.jira.event.ProjectDeletedEvent;
import com.atlassian.jira.task.context.Context;
import com.atlassian.jira.user.anonymize.AffectedEntity;
import com.atlassian.jira.user.anonymize.UserAnonymizationHandler;
import com.atlassian.jira.user.anonymize.UserAnonymizationParameter;
import com.atlassian.jira.user.anonymize.UserKeyChangeHandler;
import com.atlassian.jira.user.anonymize.UserPropertyChangeParameter;
import io.serviceculture.core.issues.IssueEvent;
import io.serviceculture.core.issues.IssueFacts;
import io.serviceculture.core.issues.IssueTimeline;
import io.serviceculture.core.people.UserKey;
import io.serviceculture.standalone.directory.HostDirectory;
import io.serviceculture.standalone.directory.HostUser;
import io.serviceculture.standalone.jira.HostIssue;
import io.serviceculture.standalone.jira.HostProject;
import io.serviceculture.standalone.jira.JiraStore;
import io.serviceculture.standalone.wiring.HostedPlugin;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * What a Jira administrator does to issues, projects and people that the app must follow, done to the host's data
 * with the events and handler calls Jira makes: delete or move an issue ({@code IssueEvent} with
 * {@code ISSUE_DELETED_ID} or {@code ISSUE_MOVED_ID}), delete a project ({@code ProjectDeletedEvent}, its issues
 * gone without an event each), deactivate, reactivate or rename a user (no event the app needs), and anonymise a
 * user in Jira's documented order: every handler's affected entities, the user anonymisation handlers, then the
 * user's new key and name, then the user key change handlers.
 */
public final class HostLifecycle {
    private final JiraStore jira;
    private final HostDirectory directory;
    private final HostEventPublisher events;
    private final Supplier<HostedPlugin> plugin;

    public HostLifecycle(JiraStore jira, HostEventPublisher events, Supplier<HostedPlugin> plugin) {
        this.jira = jira;
        this.directory = jira.directory();
        this.events = events;
        this.plugin = plugin;
    }

    /** Deletes the issue and publishes Jira's issue deleted event with the issue as it was. */
    public void deleteIssue(String key) {
        HostIssue issue = issue(key);
        jira.removeIssue(issue.id());
        events.publish(new HostIssueEvent(new HostIssueManager.JiraIssue(issue), HostIssueEvent.DELETED));
    }

    /** Moves the issue to another project under the next free key there; returns the new key. */
    public String moveIssue(String key, String projectKey) {
        HostIssue issue = issue(key);
        HostProject target = jira.projectByKey(projectKey)
                .orElseThrow(() -> new IllegalArgumentException("no project " + projectKey));
        int next = jira.issues().stream()
                        .filter(i -> i.projectId() == target.id())
                        .mapToInt(
                                i -> Integer.parseInt(i.key().substring(i.key().lastIndexOf('-') + 1)))
                        .max()
                        .orElse(0)
                + 1;
        String newKey = target.key() + "-" + next;
        IssueTimeline t = issue.timeline();
        IssueFacts f = t.facts();
        IssueTimeline timeline = new IssueTimeline(
                t.issueId(),
                newKey,
                new IssueFacts(target.key(), f.issueType(), f.priority(), f.labels(), f.components()),
                t.reporter(),
                t.created(),
                t.initialStatus(),
                t.initialAssignee(),
                t.events());
        HostIssue moved = new HostIssue(
                issue.id(),
                newKey,
                target.id(),
                issue.summary(),
                issue.status(),
                issue.assigneeKey(),
                issue.reporterKey(),
                issue.resolution(),
                issue.created(),
                issue.updated(),
                timeline);
        jira.replaceIssue(issue, moved);
        events.publish(new HostIssueEvent(new HostIssueManager.JiraIssue(moved), HostIssueEvent.MOVED));
        return newKey;
    }

    /** Deletes the project and its issues, then publishes Jira's project deleted event. */
    public void deleteProject(String key) {
        HostProject project =
                jira.projectByKey(key).orElseThrow(() -> new IllegalArgumentException("no project " + key));
        jira.removeProject(project.id());
        events.publish(new ProjectDeletedEvent(null, new HostProjectObject(project.id(), project.key())));
    }

    public void deactivate(String name) {
        directory.setActive(user(name).key(), false);
    }

    public void reactivate(String name) {
        directory.setActive(user(name).key(), true);
    }

    /** Renames the user; the key stays. */
    public void rename(String name, String newName, String newDisplayName) {
        directory.rename(user(name).key(), newName, newDisplayName);
    }

    /** Anonymises the user as Jira does and tells what the app's handlers reported. */
    public Anonymisation anonymise(String name) {
        HostUser user = user(name);
        String oldKey = user.key();
        String newKey = "JIRAUSER" + user.id();
        boolean keyChanges = !oldKey.equals(newKey);
        Progress progress = new Progress();
        UserAnonymizationParameter anonymised = new UserAnonymizationParameter(oldKey, progress);
        UserPropertyChangeParameter keyChange = new UserPropertyChangeParameter(oldKey, newKey, progress);
        List<UserAnonymizationHandler> anonymisers =
                plugin.get().anonymizationHandlers("user-anonymization-handler", UserAnonymizationHandler.class);
        List<UserKeyChangeHandler> keyChangers = keyChanges
                ? plugin.get().anonymizationHandlers("user-key-change-handler", UserKeyChangeHandler.class)
                : List.of();

        List<AffectedEntity> affected = new ArrayList<>();
        int tasks = 0;
        for (UserAnonymizationHandler handler : anonymisers) {
            affected.addAll(handler.getAffectedEntities(anonymised));
            tasks += handler.getNumberOfTasks(anonymised);
        }
        for (UserKeyChangeHandler handler : keyChangers) {
            affected.addAll(handler.getAffectedEntities(keyChange));
            tasks += handler.getNumberOfTasks(keyChange);
        }

        List<String> errors = new ArrayList<>();
        for (UserAnonymizationHandler handler : anonymisers) {
            errors.addAll(messages(handler.update(anonymised)));
        }
        directory.anonymise(oldKey, newKey);
        if (keyChanges) {
            // Jira rewrites its own history to the new key before the apps' key change handlers run
            rewriteIssues(oldKey, newKey);
        }
        for (UserKeyChangeHandler handler : keyChangers) {
            errors.addAll(messages(handler.update(keyChange)));
        }
        return new Anonymisation(newKey, List.copyOf(affected), tasks, progress.completed, List.copyOf(errors));
    }

    /** What an anonymisation reported: the new key, Jira's preview lines, progress announced and made, errors. */
    public record Anonymisation(
            String newKey, List<AffectedEntity> affected, int tasks, int stepsCompleted, List<String> errors) {}

    private void rewriteIssues(String oldKey, String newKey) {
        UnaryOperator<Optional<UserKey>> swap = k -> k.map(u -> u.value().equals(oldKey) ? UserKey.of(newKey) : u);
        UnaryOperator<Optional<String>> swapKey = k -> k.map(u -> u.equals(oldKey) ? newKey : u);
        for (HostIssue issue : jira.issues()) {
            IssueTimeline t = issue.timeline();
            List<IssueEvent> events = new ArrayList<>();
            for (IssueEvent e : t.events()) {
                events.add(swapped(e, swap));
            }
            IssueTimeline timeline = new IssueTimeline(
                    t.issueId(),
                    t.issueKey(),
                    t.facts(),
                    swap.apply(t.reporter()),
                    t.created(),
                    t.initialStatus(),
                    swap.apply(t.initialAssignee()),
                    events);
            jira.addIssue(new HostIssue(
                    issue.id(),
                    issue.key(),
                    issue.projectId(),
                    issue.summary(),
                    issue.status(),
                    swapKey.apply(issue.assigneeKey()),
                    swapKey.apply(issue.reporterKey()),
                    issue.resolution(),
                    issue.created(),
                    issue.updated(),
                    timeline));
        }
    }

    private static IssueEvent swapped(IssueEvent e, UnaryOperator<Optional<UserKey>> swap) {
        if (e instanceof IssueEvent.StatusChanged s) {
            return new IssueEvent.StatusChanged(s.at(), swap.apply(s.actor()), s.from(), s.to());
        }
        if (e instanceof IssueEvent.AssigneeChanged a) {
            return new IssueEvent.AssigneeChanged(
                    a.at(), swap.apply(a.actor()), swap.apply(a.from()), swap.apply(a.to()));
        }
        if (e instanceof IssueEvent.Commented c) {
            return new IssueEvent.Commented(c.at(), swap.apply(c.actor()), c.restricted());
        }
        if (e instanceof IssueEvent.ResolutionSet r) {
            return new IssueEvent.ResolutionSet(r.at(), swap.apply(r.actor()), r.resolution());
        }
        if (e instanceof IssueEvent.ResolutionCleared r) {
            return new IssueEvent.ResolutionCleared(r.at(), swap.apply(r.actor()));
        }
        return e;
    }

    private static List<String> messages(ServiceResult result) {
        return result.isValid()
                ? List.of()
                : List.copyOf(result.getErrorCollection().getErrorMessages());
    }

    private HostIssue issue(String key) {
        return jira.issueByKey(key).orElseThrow(() -> new IllegalArgumentException("no issue " + key));
    }

    private HostUser user(String name) {
        return directory.byName(name).orElseThrow(() -> new IllegalArgumentException("no user " + name));
    }

    /** Jira's task progress, counting the steps the handlers complete. */
    private static final class Progress implements Context {
        private int completed;

        @Override
        public Task start(@Nullable Object input) {
            return () -> completed++;
        }
    }
}
