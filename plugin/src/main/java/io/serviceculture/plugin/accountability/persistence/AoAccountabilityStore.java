package io.serviceculture.plugin.accountability.persistence;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.serviceculture.core.accountability.AccountabilityStorePort;
import io.serviceculture.core.accountability.CellKey;
import io.serviceculture.core.accountability.CellTotal;
import io.serviceculture.core.accountability.Components;
import io.serviceculture.core.accountability.Contribution;
import io.serviceculture.core.accountability.Fraction;
import io.serviceculture.core.accountability.HandOff;
import io.serviceculture.core.accountability.Interval;
import io.serviceculture.core.accountability.IssueAccountability;
import io.serviceculture.core.accountability.Resolution;
import io.serviceculture.core.accountability.StandardAttainment;
import io.serviceculture.core.people.TeamKey;
import io.serviceculture.core.people.UserKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
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
 * period are read from {@code ACC_CELL} by the indexed resolution instant.
 */
@Named
public class AoAccountabilityStore implements AccountabilityStorePort {
    private static final String LINE = "\n";
    private static final String FIELD = "\t";

    private final ActiveObjects ao;

    @Inject
    public AoAccountabilityStore(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public void save(IssueAccountability facts, Collection<UserKey> people) {
        ao.executeInTransaction(() -> {
            deleteRows(facts.issueId());
            ao.create(IssueFactsAO.class, factColumns(facts, people));
            for (Contribution contribution : facts.contributions()) {
                ao.create(ContributionAO.class, contributionColumns(contribution));
            }
            return null;
        });
    }

    @Override
    public void remove(long issueId) {
        ao.executeInTransaction(() -> {
            deleteRows(issueId);
            return null;
        });
    }

    private void deleteRows(long issueId) {
        ao.deleteWithSQL(ContributionAO.class, ContributionAO.COLUMN_ISSUE_ID + " = ?", issueId);
        ao.deleteWithSQL(IssueFactsAO.class, IssueFactsAO.COLUMN_ISSUE_ID + " = ?", issueId);
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
                Query.select(String.join(",", ContributionColumns.ALL)).where(where, parameters.toArray()),
                row -> contributions.add(toContribution(row)));
        return contributions;
    }

    /**
     * Sums in the database, one row per cell, so the matrix reads a few thousand rows at most whatever the
     * number of issues. The count of issues comes back in {@code ISSUE_ID} and the lowest row id in {@code ID},
     * as Active Objects maps result columns onto the entity's own.
     */
    @Override
    public List<CellTotal> cellTotals(Interval period) {
        List<String> fields = new ArrayList<>(List.of(
                "MIN(" + ContributionAO.COLUMN_ID + ") AS " + ContributionAO.COLUMN_ID,
                ContributionAO.COLUMN_PROVIDER,
                ContributionAO.COLUMN_CLIENT,
                "COUNT(" + ContributionAO.COLUMN_ID + ") AS " + ContributionAO.COLUMN_ISSUE_ID));
        for (String column : SUMMED) {
            fields.add("SUM(" + column + ") AS " + column);
        }
        List<CellTotal> totals = new ArrayList<>();
        ao.stream(
                ContributionAO.class,
                Query.select(String.join(",", fields))
                        .where(
                                ContributionAO.COLUMN_RESOLVED_AT + " >= ? AND " + ContributionAO.COLUMN_RESOLVED_AT
                                        + " < ?",
                                Date.from(period.from()),
                                Date.from(period.to()))
                        .group(ContributionAO.COLUMN_PROVIDER + "," + ContributionAO.COLUMN_CLIENT),
                row -> totals.add(new CellTotal(
                        new CellKey(TeamKey.of(row.getProvider()), team(row.getClient())), components(row), (int)
                                row.getIssueId())));
        return totals;
    }

    private static final List<String> SUMMED = List.of(
            ContributionAO.COLUMN_ATT_NUM,
            ContributionAO.COLUMN_ATT_DEN,
            ContributionAO.COLUMN_OWN_NUM,
            ContributionAO.COLUMN_OWN_DEN,
            ContributionAO.COLUMN_REO_NUM,
            ContributionAO.COLUMN_REO_DEN,
            ContributionAO.COLUMN_RAT_NUM,
            ContributionAO.COLUMN_RAT_DEN);

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

    private static Map<String, Object> factColumns(IssueAccountability facts, Collection<UserKey> people) {
        Map<String, Object> columns = new HashMap<>();
        columns.put(IssueFactsAO.COLUMN_ISSUE_ID, facts.issueId());
        columns.put(IssueFactsAO.COLUMN_ISSUE_KEY, facts.issueKey());
        facts.clientTeam().ifPresent(team -> columns.put(IssueFactsAO.COLUMN_CLIENT_TEAM, team.groupName()));
        columns.put(
                IssueFactsAO.COLUMN_PROVIDER_TEAMS,
                facts.providerTeams().stream().map(TeamKey::groupName).collect(Collectors.joining(LINE)));
        columns.put(IssueFactsAO.COLUMN_HAND_OFFS, facts.handOffs().size());
        columns.put(IssueFactsAO.COLUMN_PING_PONGS, (int) facts.pingPongs());
        columns.put(IssueFactsAO.COLUMN_END_TO_END, facts.endToEnd());
        columns.put(IssueFactsAO.COLUMN_REOPENS, (int) facts.reopens());
        facts.attainment().ifPresent(a -> {
            columns.put(IssueFactsAO.COLUMN_ATT_MET, a.met());
            columns.put(IssueFactsAO.COLUMN_ATT_COMPLETED, a.completed());
        });
        if (facts.rating().isPresent()) {
            columns.put(IssueFactsAO.COLUMN_RATING, facts.rating().getAsInt());
        }
        facts.resolvedAt().ifPresent(at -> columns.put(IssueFactsAO.COLUMN_RESOLVED_AT, Date.from(at)));
        facts.resolvingTeam().ifPresent(team -> columns.put(IssueFactsAO.COLUMN_RESOLVING_TEAM, team.groupName()));
        columns.put(
                IssueFactsAO.COLUMN_PEOPLE,
                "|" + people.stream().map(UserKey::value).sorted().collect(Collectors.joining("|")) + "|");
        columns.put(IssueFactsAO.COLUMN_DETAIL, detail(facts));
        return columns;
    }

    /** Hand-offs and resolutions, one per line, tab-separated; group names hold neither. */
    private static String detail(IssueAccountability facts) {
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

    private static Map<String, Object> contributionColumns(Contribution contribution) {
        Components c = contribution.components();
        Map<String, Object> columns = new HashMap<>();
        columns.put(ContributionAO.COLUMN_ISSUE_ID, contribution.issueId());
        columns.put(ContributionAO.COLUMN_ISSUE_KEY, contribution.issueKey());
        columns.put(ContributionAO.COLUMN_PROVIDER, contribution.provider().groupName());
        contribution.client().ifPresent(team -> columns.put(ContributionAO.COLUMN_CLIENT, team.groupName()));
        columns.put(ContributionAO.COLUMN_RESOLVED_AT, Date.from(contribution.resolvedAt()));
        columns.put(ContributionAO.COLUMN_ATT_NUM, c.attainment().numerator());
        columns.put(ContributionAO.COLUMN_ATT_DEN, c.attainment().denominator());
        columns.put(ContributionAO.COLUMN_OWN_NUM, c.ownership().numerator());
        columns.put(ContributionAO.COLUMN_OWN_DEN, c.ownership().denominator());
        columns.put(ContributionAO.COLUMN_REO_NUM, c.reopens().numerator());
        columns.put(ContributionAO.COLUMN_REO_DEN, c.reopens().denominator());
        columns.put(ContributionAO.COLUMN_RAT_NUM, c.rating().numerator());
        columns.put(ContributionAO.COLUMN_RAT_DEN, c.rating().denominator());
        return columns;
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

    /** The columns a contribution is read from, named once for the streamed query. */
    private static final class ContributionColumns {
        static final List<String> ALL = List.of(
                ContributionAO.COLUMN_ID,
                ContributionAO.COLUMN_ISSUE_ID,
                ContributionAO.COLUMN_ISSUE_KEY,
                ContributionAO.COLUMN_PROVIDER,
                ContributionAO.COLUMN_CLIENT,
                ContributionAO.COLUMN_RESOLVED_AT,
                ContributionAO.COLUMN_ATT_NUM,
                ContributionAO.COLUMN_ATT_DEN,
                ContributionAO.COLUMN_OWN_NUM,
                ContributionAO.COLUMN_OWN_DEN,
                ContributionAO.COLUMN_REO_NUM,
                ContributionAO.COLUMN_REO_DEN,
                ContributionAO.COLUMN_RAT_NUM,
                ContributionAO.COLUMN_RAT_DEN);

        private ContributionColumns() {}
    }
}
