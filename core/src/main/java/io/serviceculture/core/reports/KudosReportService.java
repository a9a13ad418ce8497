package io.serviceculture.core.reports;

import io.serviceculture.core.kudos.Kudos;
import io.serviceculture.core.kudos.Receiver;
import io.serviceculture.core.kudos.Visibility;
import io.serviceculture.core.people.LoadMembershipPort;
import io.serviceculture.core.people.TeamHistory;
import io.serviceculture.core.people.TeamKey;
import io.serviceculture.core.people.UserKey;
import io.serviceculture.core.reports.KudosSummaries.MonthCount;
import io.serviceculture.core.reports.KudosSummaries.PersonCount;
import io.serviceculture.core.reports.KudosSummaries.TeamCount;
import io.serviceculture.core.reports.KudosSummaries.ValueCount;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeMap;

/**
 * HR's kudos reports: detail rows, their count, a preview page, and summaries, all read from the store a page at a
 * time in key order and handed on as they are read, so a million kudos take the memory of one page plus the
 * counters. Private kudos are listed only when an admin allows their text in reports; otherwise they are only
 * counted in the summaries. Who may run reports is checked by the caller before any of this.
 */
public final class KudosReportService {
    /** Kudos per store read: big enough that round trips do not dominate, small enough to stay a few MB. */
    public static final int PAGE_SIZE = 5000;
    /** Past this many people in a team, the team filter reads every kudos of the period rather than list them. */
    static final int MOST_RECEIVERS_TO_LIST = 1000;

    public static final List<String> DETAIL_COLUMNS = List.of(
            "service-culture.reports.column.kudos-id",
            "service-culture.reports.column.given-at",
            "service-culture.reports.column.giver",
            "service-culture.reports.column.giver-name",
            "service-culture.reports.column.giver-team",
            "service-culture.reports.column.receiver-type",
            "service-culture.reports.column.receiver",
            "service-culture.reports.column.receiver-name",
            "service-culture.reports.column.receiver-team",
            "service-culture.reports.column.value",
            "service-culture.reports.column.value-name",
            "service-culture.reports.column.visibility",
            "service-culture.reports.column.message");
    public static final List<String> PEOPLE_COLUMNS = List.of(
            "service-culture.reports.column.person",
            "service-culture.reports.column.person-name",
            "service-culture.reports.column.received",
            "service-culture.reports.column.given");
    public static final List<String> TEAMS_COLUMNS = List.of(
            "service-culture.reports.column.team",
            "service-culture.reports.column.received",
            "service-culture.reports.column.given");
    public static final List<String> VALUES_COLUMNS = List.of(
            "service-culture.reports.column.value",
            "service-culture.reports.column.value-name",
            "service-culture.reports.column.kudos");
    public static final List<String> MONTHS_COLUMNS =
            List.of("service-culture.reports.column.month", "service-culture.reports.column.kudos");

    static final String PERSON_RECEIVER = "person";
    static final String TEAM_RECEIVER = "team";

    private final KudosExportPort store;
    private final LoadMembershipPort memberships;
    private final int pageSize;

    public KudosReportService(KudosExportPort store, LoadMembershipPort memberships) {
        this(store, memberships, PAGE_SIZE);
    }

    public KudosReportService(KudosExportPort store, LoadMembershipPort memberships, int pageSize) {
        if (pageSize < 1) {
            throw new IllegalArgumentException("page size must be positive");
        }
        this.store = store;
        this.memberships = memberships;
        this.pageSize = pageSize;
    }

    /** Receives rows in kudos id order; returns false to stop reading. */
    @FunctionalInterface
    interface RowVisitor {
        boolean visit(KudosReportRow row) throws IOException;
    }

    /** How many rows the detail report of this filter has, without reading them when the store can count them. */
    public long countDetailRows(ReportFilter filter, ZoneId zone, boolean privateText) {
        if (!privateText && filter.visibility().equals(Optional.of(Visibility.PRIVATE))) {
            return 0;
        }
        if (filter.team().isEmpty()) {
            return store.countReceiverRows(detailQuery(filter, zone, privateText));
        }
        long[] rows = {0};
        scanUnchecked(filter, zone, privateText, 0, row -> {
            rows[0]++;
            return true;
        });
        return rows[0];
    }

    /** Up to {@code limit} detail rows after the kudos with id {@code afterId} (0 for the first page). */
    public ReportPage preview(ReportFilter filter, ZoneId zone, boolean privateText, long afterId, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive");
        }
        List<KudosReportRow> rows = new ArrayList<>();
        boolean[] more = {false};
        scanUnchecked(filter, zone, privateText, afterId, row -> {
            boolean newKudos = rows.isEmpty() || rows.get(rows.size() - 1).kudosId() != row.kudosId();
            if (newKudos && rows.size() >= limit) {
                more[0] = true;
                return false;
            }
            rows.add(row);
            return true;
        });
        return new ReportPage(
                rows, more[0] ? OptionalLong.of(rows.get(rows.size() - 1).kudosId()) : OptionalLong.empty());
    }

    /** Counts per person, team, value and month; private kudos are counted whatever the text setting. */
    public KudosSummaries summarise(ReportFilter filter, ZoneId zone) {
        Counter counter = new Counter(zone);
        scanUnchecked(filter, zone, true, 0, row -> {
            counter.add(row);
            return true;
        });
        return counter.summaries();
    }

    /** Writes one report table to the sink as it is read. */
    public void write(
            ReportKind kind, ReportFilter filter, ZoneId zone, boolean privateText, ReportNames names, TableSink sink)
            throws IOException {
        switch (kind) {
            case DETAIL:
                sink.columns(DETAIL_COLUMNS);
                DetailCells cells = new DetailCells(zone, names);
                scan(filter, zone, privateText, 0, row -> {
                    sink.row(cells.of(row));
                    return true;
                });
                return;
            case PEOPLE:
                sink.columns(PEOPLE_COLUMNS);
                for (PersonCount count : summarise(filter, zone).people()) {
                    sink.row(List.of(
                            names.userName(count.person()),
                            names.displayName(count.person()),
                            count.received(),
                            count.given()));
                }
                return;
            case TEAMS:
                sink.columns(TEAMS_COLUMNS);
                for (TeamCount count : summarise(filter, zone).teams()) {
                    sink.row(List.of(count.team().map(names::teamName).orElse(""), count.received(), count.given()));
                }
                return;
            case VALUES:
                sink.columns(VALUES_COLUMNS);
                for (ValueCount count : summarise(filter, zone).values()) {
                    sink.row(List.of(count.valueId(), names.valueName(count.valueId()), count.kudos()));
                }
                return;
            case MONTHS:
                sink.columns(MONTHS_COLUMNS);
                for (MonthCount count : summarise(filter, zone).months()) {
                    sink.row(List.of(count.month().toString(), count.kudos()));
                }
                return;
        }
        throw new IllegalArgumentException("unknown report " + kind);
    }

    private void scanUnchecked(
            ReportFilter filter, ZoneId zone, boolean privateText, long afterId, RowVisitor visitor) {
        try {
            scan(filter, zone, privateText, afterId, visitor);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void scan(ReportFilter filter, ZoneId zone, boolean privateText, long afterId, RowVisitor visitor)
            throws IOException {
        if (!privateText && filter.visibility().equals(Optional.of(Visibility.PRIVATE))) {
            return;
        }
        TeamHistory teams = TeamHistory.load(memberships);
        KudosExportQuery query = narrowedToTeam(detailQuery(filter, zone, privateText), filter, teams);
        long cursor = afterId;
        while (true) {
            List<Kudos> page = store.kudosAfter(query, cursor, pageSize);
            for (Kudos kudos : page) {
                if (!visitRows(kudos, filter, teams, visitor)) {
                    return;
                }
                cursor = kudos.id();
            }
            if (page.size() < pageSize) {
                return;
            }
        }
    }

    private static boolean visitRows(Kudos kudos, ReportFilter filter, TeamHistory teams, RowVisitor visitor)
            throws IOException {
        Optional<TeamKey> giverTeam = Optional.empty();
        boolean giverTeamKnown = false;
        for (Receiver receiver : kudos.receivers()) {
            if (filter.receiver().isPresent() && !filter.receiver().get().equals(receiver)) {
                continue;
            }
            Optional<TeamKey> receiverTeam = receiver instanceof Receiver.TeamReceiver team
                    ? Optional.of(team.team())
                    : teams.primaryTeamAt(((Receiver.PersonReceiver) receiver).user(), kudos.givenAt());
            if (filter.team().isPresent() && !filter.team().equals(receiverTeam)) {
                continue;
            }
            if (!giverTeamKnown) {
                giverTeam = teams.primaryTeamAt(kudos.giver(), kudos.givenAt());
                giverTeamKnown = true;
            }
            KudosReportRow row = new KudosReportRow(
                    kudos.id(),
                    kudos.givenAt(),
                    kudos.giver(),
                    giverTeam,
                    receiver,
                    receiverTeam,
                    kudos.valueId(),
                    kudos.visibility(),
                    kudos.message());
            if (!visitor.visit(row)) {
                return false;
            }
        }
        return true;
    }

    /**
     * With a team asked for, only kudos to the team or to someone ever in it can have a row, so the store need read
     * only those (one team's week, not the whole company's); which rows really count is still decided per row by
     * the receiver's team when the kudos was given. A team so large that listing it would cost more than it saves
     * is not listed.
     */
    static KudosExportQuery narrowedToTeam(KudosExportQuery query, ReportFilter filter, TeamHistory teams) {
        if (filter.team().isEmpty()) {
            return query;
        }
        TeamKey team = filter.team().get();
        Set<UserKey> members = teams.everMembersOf(team);
        if (members.size() >= MOST_RECEIVERS_TO_LIST) {
            return query;
        }
        Set<Receiver> candidates = new HashSet<>();
        candidates.add(Receiver.team(team));
        members.forEach(member -> candidates.add(Receiver.person(member)));
        return query.withAnyReceiver(candidates);
    }

    private static KudosExportQuery detailQuery(ReportFilter filter, ZoneId zone, boolean privateText) {
        KudosExportQuery query = filter.storeQuery(zone);
        return privateText || filter.visibility().isPresent() ? query : query.withVisibility(Visibility.PUBLIC);
    }

    /** The cells of a detail row; dates in ISO 8601 with the reader's offset, to the second. */
    public static final class DetailCells {
        private final WholeSecondTimestamps timestamps;
        private final ReportNames names;

        public DetailCells(ZoneId zone, ReportNames names) {
            this.timestamps = new WholeSecondTimestamps(zone);
            this.names = names;
        }

        public List<Object> of(KudosReportRow row) {
            String receiverType;
            String receiver;
            String receiverName;
            if (row.receiver() instanceof Receiver.TeamReceiver team) {
                receiverType = TEAM_RECEIVER;
                receiver = team.team().groupName();
                receiverName = names.teamName(team.team());
            } else {
                ReportNames.PersonNames person = names.person(((Receiver.PersonReceiver) row.receiver()).user());
                receiverType = PERSON_RECEIVER;
                receiver = person.userName();
                receiverName = person.displayName();
            }
            ReportNames.PersonNames giver = names.person(row.giver());
            return List.of(
                    row.kudosId(),
                    timestamps.format(row.givenAt()),
                    giver.userName(),
                    giver.displayName(),
                    row.giverTeam().map(names::teamName).orElse(""),
                    receiverType,
                    receiver,
                    receiverName,
                    row.receiverTeam().map(names::teamName).orElse(""),
                    row.valueId(),
                    names.valueName(row.valueId()),
                    row.visibility().name(),
                    row.message());
        }
    }

    /** Adds rows up; a kudos's once-only counts are taken at its first row. */
    private static final class Counter {
        private final ZoneId zone;
        private final Map<UserKey, long[]> people = new HashMap<>();
        private final Map<Optional<TeamKey>, long[]> teams = new HashMap<>();
        private final Map<String, long[]> values = new HashMap<>();
        private final Map<YearMonth, long[]> months = new TreeMap<>();
        private final Set<Optional<TeamKey>> teamsOfCurrentKudos = new HashSet<>();
        private long currentKudos = -1;
        private long kudos;
        private long privateKudos;
        private long rows;

        Counter(ZoneId zone) {
            this.zone = zone;
        }

        void add(KudosReportRow row) {
            rows++;
            if (row.kudosId() != currentKudos) {
                currentKudos = row.kudosId();
                teamsOfCurrentKudos.clear();
                kudos++;
                if (row.visibility() == Visibility.PRIVATE) {
                    privateKudos++;
                }
                people.computeIfAbsent(row.giver(), k -> new long[2])[1]++;
                teams.computeIfAbsent(row.giverTeam(), k -> new long[2])[1]++;
                values.computeIfAbsent(row.valueId(), k -> new long[1])[0]++;
                months.computeIfAbsent(YearMonth.from(row.givenAt().atZone(zone)), k -> new long[1])[0]++;
            }
            if (row.receiver() instanceof Receiver.PersonReceiver person) {
                people.computeIfAbsent(person.user(), k -> new long[2])[0]++;
            }
            if (teamsOfCurrentKudos.add(row.receiverTeam())) {
                teams.computeIfAbsent(row.receiverTeam(), k -> new long[2])[0]++;
            }
        }

        KudosSummaries summaries() {
            List<PersonCount> personCounts = new ArrayList<>();
            people.forEach((person, c) -> personCounts.add(new PersonCount(person, c[0], c[1])));
            personCounts.sort(Comparator.comparingLong(PersonCount::received)
                    .reversed()
                    .thenComparing(Comparator.comparingLong(PersonCount::given).reversed())
                    .thenComparing(PersonCount::person));
            List<TeamCount> teamCounts = new ArrayList<>();
            teams.forEach((team, c) -> teamCounts.add(new TeamCount(team, c[0], c[1])));
            // teams by name, with the people in no team last
            teamCounts.sort(Comparator.comparing(
                    (TeamCount t) -> t.team().map(TeamKey::groupName).orElse("\uffff")));
            List<ValueCount> valueCounts = new ArrayList<>();
            values.forEach((value, c) -> valueCounts.add(new ValueCount(value, c[0])));
            valueCounts.sort(
                    Comparator.comparingLong(ValueCount::kudos).reversed().thenComparing(ValueCount::valueId));
            List<MonthCount> monthCounts = new ArrayList<>();
            months.forEach((month, c) -> monthCounts.add(new MonthCount(month, c[0])));
            return new KudosSummaries(kudos, privateKudos, rows, personCounts, teamCounts, valueCounts, monthCounts);
        }
    }
}
