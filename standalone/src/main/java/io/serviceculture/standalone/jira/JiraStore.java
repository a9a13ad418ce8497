package io.serviceculture.standalone.jira;

import io.serviceculture.standalone.directory.HostDirectory;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The host's projects, statuses and issues, with Jira's browse permission over them. */
public final class JiraStore {
    private final HostDirectory directory;
    private final StatusCatalog statuses = new StatusCatalog();
    private final Map<Long, HostProject> projectsById = new ConcurrentHashMap<>();
    private final Map<Long, HostIssue> issuesById = new ConcurrentHashMap<>();
    private final Map<String, Long> issueIdsByKey = new ConcurrentHashMap<>();

    public JiraStore(HostDirectory directory) {
        this.directory = directory;
    }

    public HostDirectory directory() {
        return directory;
    }

    public StatusCatalog statuses() {
        return statuses;
    }

    public void addProject(HostProject project) {
        projectsById.put(project.id(), project);
    }

    public Optional<HostProject> project(long id) {
        return Optional.ofNullable(projectsById.get(id));
    }

    public Optional<HostProject> projectByKey(String key) {
        return projectsById.values().stream()
                .filter(p -> p.key().equalsIgnoreCase(key))
                .findFirst();
    }

    public List<HostProject> projects() {
        return projectsById.values().stream()
                .sorted(Comparator.comparing(HostProject::key))
                .toList();
    }

    public void addIssue(HostIssue issue) {
        issuesById.put(issue.id(), issue);
        issueIdsByKey.put(issue.key().toUpperCase(Locale.ROOT), issue.id());
    }

    /** Jira's delete: the issue is gone, by id and by key. */
    public Optional<HostIssue> removeIssue(long id) {
        HostIssue removed = issuesById.remove(id);
        if (removed != null) {
            issueIdsByKey.remove(removed.key().toUpperCase(Locale.ROOT));
        }
        return Optional.ofNullable(removed);
    }

    /** Puts an issue that changed its key (a move): its old key no longer finds it. */
    public void replaceIssue(HostIssue before, HostIssue after) {
        issueIdsByKey.remove(before.key().toUpperCase(Locale.ROOT));
        addIssue(after);
    }

    /** Jira's project delete: the project and every issue of it. Returns the issues removed. */
    public List<HostIssue> removeProject(long projectId) {
        projectsById.remove(projectId);
        List<HostIssue> removed =
                issues().stream().filter(i -> i.projectId() == projectId).toList();
        removed.forEach(i -> removeIssue(i.id()));
        return removed;
    }

    public Optional<HostIssue> issue(long id) {
        return Optional.ofNullable(issuesById.get(id));
    }

    public Optional<HostIssue> issueByKey(String key) {
        return Optional.ofNullable(issueIdsByKey.get(key.toUpperCase(Locale.ROOT)))
                .flatMap(this::issue);
    }

    /** Every issue, by id. */
    public List<HostIssue> issues() {
        return issuesById.values().stream()
                .sorted(Comparator.comparingLong(HostIssue::id))
                .toList();
    }

    /** Jira's BROWSE_PROJECTS: through a group the project's permission scheme names. */
    public boolean canBrowse(Optional<String> userKey, HostProject project) {
        if (userKey.isEmpty()) {
            return false;
        }
        String key = userKey.get();
        if (!directory.byKey(key).map(u -> u.active()).orElse(false)) {
            return false;
        }
        return project.browseGroups().stream()
                .anyMatch(g -> g.equals(HostProject.ANY_LOGGED_IN_USER) || directory.isMember(key, g));
    }

    public boolean canBrowse(Optional<String> userKey, HostIssue issue) {
        return project(issue.projectId()).map(p -> canBrowse(userKey, p)).orElse(false);
    }
}
