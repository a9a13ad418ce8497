package io.serviceculture.core.standards;

import io.serviceculture.core.issues.IssueFacts;
import io.serviceculture.core.people.TeamKey;
import java.util.Optional;
import java.util.Set;

/**
 * Which issues a standard applies to. Each set narrows the match; an empty set means "any". Labels and components
 * match when the issue has at least one of those listed. The client team is the reporter's primary team when the
 * issue was created; a rule that names client teams never matches an issue whose client team is unknown.
 */
public record MatchingRule(
        Set<String> projectKeys,
        Set<String> issueTypes,
        Set<String> priorities,
        Set<String> labels,
        Set<String> components,
        Set<TeamKey> clientTeams) {

    public MatchingRule {
        projectKeys = Set.copyOf(projectKeys);
        issueTypes = Set.copyOf(issueTypes);
        priorities = Set.copyOf(priorities);
        labels = Set.copyOf(labels);
        components = Set.copyOf(components);
        clientTeams = Set.copyOf(clientTeams);
    }

    /** Matches every issue. */
    public static MatchingRule any() {
        return new MatchingRule(Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of());
    }

    public static MatchingRule projects(String... projectKeys) {
        return any().withProjectKeys(Set.of(projectKeys));
    }

    public MatchingRule withProjectKeys(Set<String> keys) {
        return new MatchingRule(keys, issueTypes, priorities, labels, components, clientTeams);
    }

    public MatchingRule withIssueTypes(Set<String> types) {
        return new MatchingRule(projectKeys, types, priorities, labels, components, clientTeams);
    }

    public MatchingRule withPriorities(Set<String> names) {
        return new MatchingRule(projectKeys, issueTypes, names, labels, components, clientTeams);
    }

    public MatchingRule withLabels(Set<String> names) {
        return new MatchingRule(projectKeys, issueTypes, priorities, names, components, clientTeams);
    }

    public MatchingRule withComponents(Set<String> names) {
        return new MatchingRule(projectKeys, issueTypes, priorities, labels, names, clientTeams);
    }

    public MatchingRule withClientTeams(Set<TeamKey> teams) {
        return new MatchingRule(projectKeys, issueTypes, priorities, labels, components, teams);
    }

    public boolean matches(IssueFacts facts, Optional<TeamKey> clientTeam) {
        return anyOrContains(projectKeys, facts.projectKey())
                && anyOrContains(issueTypes, facts.issueType())
                && anyOrContains(priorities, facts.priority())
                && anyOrShares(labels, facts.labels())
                && anyOrShares(components, facts.components())
                && (clientTeams.isEmpty()
                        || clientTeam.filter(clientTeams::contains).isPresent());
    }

    private static boolean anyOrContains(Set<String> allowed, String value) {
        return allowed.isEmpty() || allowed.contains(value);
    }

    private static boolean anyOrShares(Set<String> allowed, Set<String> values) {
        if (allowed.isEmpty()) {
            return true;
        }
        for (String value : values) {
            if (allowed.contains(value)) {
                return true;
            }
        }
        return false;
    }
}
