package io.serviceculture.core.reports;

import io.serviceculture.core.common.InvalidInputException;
import io.serviceculture.core.kudos.Receiver;
import io.serviceculture.core.kudos.Visibility;
import io.serviceculture.core.people.TeamKey;
import io.serviceculture.core.people.UserKey;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

/**
 * What an HR report covers. The period is in calendar days of the reader's time zone, both ends included; the
 * team is the team a receiver's kudos is attributed to (the team itself, or a person's primary team when the kudos
 * was given), so that a team's figures do not move when people change teams later.
 */
public record ReportFilter(
        Optional<LocalDate> from,
        Optional<LocalDate> to,
        Optional<TeamKey> team,
        Optional<String> valueId,
        Optional<UserKey> giver,
        Optional<Receiver> receiver,
        Optional<Visibility> visibility) {

    public ReportFilter {
        if (from.isPresent() && to.isPresent() && to.get().isBefore(from.get())) {
            throw InvalidInputException.onField("to", "service-culture.reports.error.period.order");
        }
        valueId = valueId.filter(v -> !v.isBlank());
    }

    public static ReportFilter everything() {
        return new ReportFilter(
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty());
    }

    public ReportFilter withPeriod(Optional<LocalDate> first, Optional<LocalDate> last) {
        return new ReportFilter(first, last, team, valueId, giver, receiver, visibility);
    }

    public ReportFilter withTeam(TeamKey value) {
        return new ReportFilter(from, to, Optional.of(value), valueId, giver, receiver, visibility);
    }

    public ReportFilter withValue(String value) {
        return new ReportFilter(from, to, team, Optional.of(value), giver, receiver, visibility);
    }

    public ReportFilter withGiver(UserKey value) {
        return new ReportFilter(from, to, team, valueId, Optional.of(value), receiver, visibility);
    }

    public ReportFilter withReceiver(Receiver value) {
        return new ReportFilter(from, to, team, valueId, giver, Optional.of(value), visibility);
    }

    public ReportFilter withVisibility(Visibility value) {
        return new ReportFilter(from, to, team, valueId, giver, receiver, Optional.of(value));
    }

    /** The part of the filter a store can apply by itself, with the period turned into instants in the zone. */
    KudosExportQuery storeQuery(ZoneId zone) {
        Optional<Instant> start = from.map(day -> day.atStartOfDay(zone).toInstant());
        Optional<Instant> end = to.map(day -> day.plusDays(1).atStartOfDay(zone).toInstant());
        return new KudosExportQuery(start, end, valueId, giver, receiver, visibility);
    }
}
