package io.serviceculture.core.reports;

import io.serviceculture.core.kudos.Receiver;
import io.serviceculture.core.kudos.Visibility;
import io.serviceculture.core.people.TeamKey;
import io.serviceculture.core.people.UserKey;
import java.time.Instant;
import java.util.Optional;

/**
 * One row of the detail report: one kudos and one of its receivers, so that a kudos to three people is three rows
 * and every per-person or per-team figure is a plain count of rows.
 *
 * @param giverTeam the giver's primary team when they gave it
 * @param receiverTeam the team itself for a team receiver, else the person's primary team when it was given
 */
public record KudosReportRow(
        long kudosId,
        Instant givenAt,
        UserKey giver,
        Optional<TeamKey> giverTeam,
        Receiver receiver,
        Optional<TeamKey> receiverTeam,
        String valueId,
        Visibility visibility,
        String message) {}
