package io.serviceculture.core.accountability;

import io.serviceculture.core.people.TeamKey;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The accountability facts of one issue, worked out from its timeline by {@link IssueAccountabilityAnalyser}.
 *
 * @param clientTeam the reporter's primary team when the issue was created
 * @param providerTeams the teams that owned the issue, in order; a team appears again after a ping-pong
 * @param resolutions every time the issue was resolved, oldest first
 * @param resolvedAt the final resolution, empty while the issue is open
 * @param resolvingTeam the team that owned the issue at its final resolution
 * @param endToEnd resolved by the first team that took it, with no hand-off
 * @param contributions the issue's share of each cell it counts in; empty until resolved
 */
public record IssueAccountability(
        long issueId,
        String issueKey,
        Optional<TeamKey> clientTeam,
        List<TeamKey> providerTeams,
        List<HandOff> handOffs,
        List<Resolution> resolutions,
        Optional<Instant> resolvedAt,
        Optional<TeamKey> resolvingTeam,
        boolean endToEnd,
        Optional<StandardAttainment> attainment,
        OptionalInt rating,
        List<Contribution> contributions) {

    public IssueAccountability {
        providerTeams = List.copyOf(providerTeams);
        handOffs = List.copyOf(handOffs);
        resolutions = List.copyOf(resolutions);
        contributions = List.copyOf(contributions);
    }

    /** The teams the issue counts for: every team that owned it, each once, in the order they took it. */
    public List<TeamKey> owningTeams() {
        return List.copyOf(new LinkedHashSet<>(providerTeams));
    }

    public Optional<TeamKey> firstTeam() {
        return providerTeams.isEmpty() ? Optional.empty() : Optional.of(providerTeams.get(0));
    }

    public long pingPongs() {
        return handOffs.stream().filter(HandOff::pingPong).count();
    }

    public long reopens() {
        return resolutions.stream().filter(Resolution::reopen).count();
    }

    /** The chain of teams, such as {@code support→infra→support}. */
    public String chain() {
        return String.join("→", providerTeams.stream().map(TeamKey::groupName).toList());
    }
}
