package io.serviceculture.core.accountability;

import io.serviceculture.core.people.TeamKey;
import java.util.Optional;

/**
 * Who owned an issue over a stretch of time, by the rule the hand-offs follow: the team of the assignee when they
 * took it. Empty while nobody owned it: unassigned, or assigned to someone in no team.
 */
public record Ownership(Interval interval, Optional<TeamKey> team) {}
