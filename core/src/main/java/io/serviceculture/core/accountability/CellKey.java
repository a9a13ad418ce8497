package io.serviceculture.core.accountability;

import io.serviceculture.core.people.TeamKey;
import java.util.Optional;

/** A provider team serving a client team; the client is empty for reporters in no team. */
public record CellKey(TeamKey provider, Optional<TeamKey> client) {}
