package io.serviceculture.plugin.accountability.persistence;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.jira.database.DatabaseAccessor;
import io.serviceculture.core.accountability.AccountabilityStorePort;
import io.serviceculture.core.accountability.CellTotal;
import io.serviceculture.core.accountability.Components;
import io.serviceculture.core.accountability.Contribution;
import io.serviceculture.core.accountability.Fraction;
import io.serviceculture.core.accountability.HandOff;
import io.serviceculture.core.accountability.Interval;
import io.serviceculture.core.accountability.IssueAccountability;
import io.serviceculture.core.accountability.Resolution;
import io.serviceculture.core.accountability.StandardAttainment;
import io.serviceculture.core.accountability.StoredFacts;
import io.serviceculture.core.people.TeamKey;
import io.serviceculture.core.people.UserKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;
import javax.inject.Inject;
import javax.inject.Named;
import net.java.ao.Query;
import org.jspecify.annotations.Nullable;

/**
 * Each issue's facts in {@code ACC_ISSUE} and its cell contributions in {@code ACC_CELL}, replaced together in
 * one transaction, so a reader never sees an issue's old facts with its new contributions. The figures of a
 * period are read from {@code ACC_CELL} by the indexed resolution instant. Writes and the matrix's sums are plain
 * SQL ({@link AccountabilitySql}), a page of issues at a time for a rebuild; the rest reads through Active Objects.
 */
@Named
public class AoAccountabilityStore implements AccountabilityStorePort {
    private static final String LINE = "\n";
    private static final String FIELD = "\t";

    private final ActiveObjects ao;
    private final AccountabilitySql sql;

    @Inject
    public AoAccountabilityStore(ActiveObjects ao, DatabaseAccessor database) {
        this.ao = ao;
        this.sql = new AccountabilitySql(database);
    }

    @Override
    public void save(IssueAccountability facts, Collection<UserKey> people) {
        sql.replaceAll(List.of(facts.issueId()), List.of(new StoredFacts(facts, people)));
    }

    @Override
    public void remove(long issueId) {
        sql.replaceAll(List.of(issueId), List.of());
    }

    @Override
    public void replaceAll(Collection<Long> issueIds, List<StoredFacts> facts) {
        Set<Long> listed = new HashSet<>(issueIds);
        for (StoredFacts stored : facts) {
            if (!listed.contains(stored.facts().issueId())) {
                throw new IllegalArgumentException("issue " + stored.facts().issueId() + " is not in the page");
            }
        }
        sql.replaceAll(issueIds, facts);
    }

    @Override
    public Set<Long> storedIssueIds() {
        Set<Long> ids = new HashSet<>();
        for (IssueFactsAO row : ao.find(IssueFactsAO.class, Query.select(IssueFactsAO.COLUMN_ISSUE_ID))) {
            ids.add(row.getIssueId());
        }
        return ids;
    }

    @Override
    public Optional<IssueAccountability> facts(long issueId) {
        IssueFactsAO[] rows = ao.find(IssueFactsAO.class, IssueFactsAO.COLUMN_ISSUE_ID + " = ?", issueId);
        if (rows.length == 0) {
            return Optional.empty();
        }
        List<Contribution> contributions = Arrays.stream(ao.find(
                        ContributionAO.class,
                        Query.select()
                                .where(ContributionAO.COLUMN_ISSUE_ID + " = ?", issueId)
                                .order(ContributionAO.COLUMN_ID + " ASC")))
                .map(AoAccountabilityStore::toContribution)
                .toList();
        return Optional.of(toFacts(rows[0], contributions));
    }

    @Override
    public List<Contribution> contributions(Interval period, Optional<TeamKey> provider) {
        String where = ContributionAO.COLUMN_RESOLVED_AT + " >= ? AND " + ContributionAO.COLUMN_RESOLVED_AT + " < ?";
        List<Object> parameters = new ArrayList<>(List.of(Date.from(period.from()), Date.from(period.to())));
        if (provider.isPresent()) {
            where += " AND " + ContributionAO.COLUMN_PROVIDER + " = ?";
            parameters.add(provider.get().groupName());
        }
        List<Contribution> contributions = new ArrayList<>();
        ao.stream(
                ContributionAO.class,
                Query.select(CONTRIBUTION_SELECT).where(where, parameters.toArray()),
                row -> contributions.add(toContribution(row)));
        return contributions;
    }

    /** Sums in the database, one row per cell, so the matrix reads a few thousand rows at most. */
    @Override
    public List<CellTotal> cellTotals(Interval period) {
        return sql.cellTotals(period);
    }

    @Override
    public List<List<TeamKey>> handedOffChains(Interval period) {
        IssueFactsAO[] rows = ao.find(
                IssueFactsAO.class,
                Query.select(IssueFactsAO.COLUMN_ID + "," + IssueFactsAO.COLUMN_PROVIDER_TEAMS)
                        .where(
                                IssueFactsAO.COLUMN_RESOLVED_AT + " >= ? AND " + IssueFactsAO.COLUMN_RESOLVED_AT
                                        + " < ? AND " + IssueFactsAO.COLUMN_HAND_OFFS + " > 0",
                                Date.from(period.from()),
                                Date.from(period.to())));
        return Arrays.stream(rows).map(row -> teams(row.getProviderTeams())).toList();
    }

    @Override
    public List<Long> issuesOpenOrResolvedSince(Instant since) {
        IssueFactsAO[] rows = ao.find(
                IssueFactsAO.class,
                Query.select(IssueFactsAO.COLUMN_ID + "," + IssueFactsAO.COLUMN_ISSUE_ID)
                        .where(
                                IssueFactsAO.COLUMN_RESOLVED_AT + " IS NULL OR " + IssueFactsAO.COLUMN_RESOLVED_AT
                                        + " >= ?",
                                Date.from(since)));
        return Arrays.stream(rows).map(IssueFactsAO::getIssueId).sorted().toList();
    }

    @Override
    public List<Long> issuesInvolving(UserKey person) {
        IssueFactsAO[] rows = ao.find(
                IssueFactsAO.class,
                Query.select(IssueFactsAO.COLUMN_ID + "," + IssueFactsAO.COLUMN_ISSUE_ID)
                        .where(IssueFactsAO.COLUMN_PEOPLE + " LIKE ?", "%|" + likeEscaped(person.value()) + "|%"));
        return Arrays.stream(rows).map(IssueFactsAO::getIssueId).sorted().toList();
    }

    // user keys may hold LIKE's wildcards; an over-match only refreshes an extra issue, which is harmless
    private static String likeEscaped(String value) {
        return value.replace("%", "_");
    }

    static String providerTeams(IssueAccountability facts) {
        return facts.providerTeams().stream().map(TeamKey::groupName).collect(Collectors.joining(LINE));
    }

    /** Each person between bars, so a LIKE finds one whole key. */
    static String people(Collection<UserKey> people) {
        return "|" + people.stream().map(UserKey::value).sorted().collect(Collectors.joining("|")) + "|";
    }

    /** Hand-offs and resolutions, one per line, tab-separated; group names hold neither. */
    static String detail(IssueAccountability facts) {
        List<String> lines = new ArrayList<>();
        for (HandOff handOff : facts.handOffs()) {
            lines.add(String.join(
                    FIELD,
                    "H",
                    handOff.from().groupName(),
                    handOff.to().groupName(),
                    String.valueOf(handOff.at().toEpochMilli()),
                    String.valueOf(handOff.pingPong())));
        }
        for (Resolution resolution : facts.resolutions()) {
            lines.add(String.join(
                    FIELD,
                    "R",
                    String.valueOf(resolution.at().toEpochMilli()),
                    resolution.team().map(TeamKey::groupName).orElse(""),
                    resolution
                            .clearedAt()
                            .map(at -> String.valueOf(at.toEpochMilli()))
                            .orElse(""),
                    String.valueOf(resolution.reopen())));
        }
        return String.join(LINE, lines);
    }

    private static IssueAccountability toFacts(IssueFactsAO row, List<Contribution> contributions) {
        List<HandOff> handOffs = new ArrayList<>();
        List<Resolution> resolutions = new ArrayList<>();
        String detail = row.getDetail() == null ? "" : row.getDetail();
        for (String line : detail.split(LINE)) {
            String[] f = line.split(FIELD, -1);
            if (f[0].equals("H")) {
                handOffs.add(new HandOff(
                        TeamKey.of(f[1]),
                        TeamKey.of(f[2]),
                        Instant.ofEpochMilli(Long.parseLong(f[3])),
                        Boolean.parseBoolean(f[4])));
            } else if (f[0].equals("R")) {
                resolutions.add(new Resolution(
                        Instant.ofEpochMilli(Long.parseLong(f[1])),
                        f[2].isEmpty() ? Optional.empty() : Optional.of(TeamKey.of(f[2])),
                        f[3].isEmpty() ? Optional.empty() : Optional.of(Instant.ofEpochMilli(Long.parseLong(f[3]))),
                        Boolean.parseBoolean(f[4])));
            }
        }
        Optional<StandardAttainment> attainment = row.getAttMet() == null || row.getAttCompleted() == null
                ? Optional.empty()
                : Optional.of(new StandardAttainment(row.getAttMet(), row.getAttCompleted()));
        return new IssueAccountability(
                row.getIssueId(),
                row.getIssueKey(),
                team(row.getClientTeam()),
                teams(row.getProviderTeams()),
                handOffs,
                resolutions,
                Optional.ofNullable(row.getResolvedAt()).map(Date::toInstant),
                team(row.getResolvingTeam()),
                row.isEndToEnd(),
                attainment,
                row.getRating() == null ? OptionalInt.empty() : OptionalInt.of(row.getRating()),
                contributions);
    }

    private static Contribution toContribution(ContributionAO row) {
        return new Contribution(
                row.getIssueId(),
                row.getIssueKey(),
                TeamKey.of(row.getProvider()),
                team(row.getClient()),
                row.getResolvedAt().toInstant(),
                components(row));
    }

    private static Components components(ContributionAO row) {
        return new Components(
                Fraction.of(row.getAttNum(), row.getAttDen()),
                Fraction.of(row.getOwnNum(), row.getOwnDen()),
                Fraction.of(row.getReoNum(), row.getReoDen()),
                Fraction.of(row.getRatNum(), row.getRatDen()));
    }

    private static Optional<TeamKey> team(@Nullable String name) {
        return name == null || name.isBlank() ? Optional.empty() : Optional.of(TeamKey.of(name));
    }

    private static List<TeamKey> teams(@Nullable String lines) {
        if (lines == null || lines.isBlank()) {
            return List.of();
        }
        return Arrays.stream(lines.split(LINE)).map(TeamKey::of).toList();
    }

    /** The columns a contribution is read from, its id first as the streamed query has always read it. */
    private static final String CONTRIBUTION_SELECT =
            ContributionAO.COLUMN_ID + "," + String.join(",", AccountabilitySql.CONTRIBUTION_COLUMNS);
}
