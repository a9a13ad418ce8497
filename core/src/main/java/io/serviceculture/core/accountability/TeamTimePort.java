package io.serviceculture.core.accountability;

import java.util.Collection;
import java.util.Map;

/**
 * Each team's owned working time of issues, as the service standards count it. Accountability may not depend on
 * standards (standards reads accountability's ownership), so the plugin implements this over the standards' team
 * clocks. The resolution clock is the one read: it covers the whole time an issue was with teams, where the
 * first-response clock stops at the first team's reply and would credit every later team with nothing.
 */
@FunctionalInterface
public interface TeamTimePort {
    /** The team time of each of a page of issues that a standard with a resolution clock matched; others absent. */
    Map<Long, IssueTeamTime> teamTimes(Collection<Long> issueIds);
}
