package io.serviceculture.plugin.accountability.rest;

import io.serviceculture.core.accountability.Cell;
import io.serviceculture.core.accountability.CellDrillDown;
import io.serviceculture.core.accountability.Components;
import io.serviceculture.core.accountability.Contribution;
import io.serviceculture.core.accountability.Fraction;
import io.serviceculture.core.accountability.HandOffChain;
import io.serviceculture.core.accountability.OwnedTime;
import io.serviceculture.core.accountability.OwnedTimeCell;
import io.serviceculture.core.accountability.OwnedTimeDrillDown;
import io.serviceculture.core.accountability.ScoreMatrix;
import io.serviceculture.core.accountability.TrendPoint;
import io.serviceculture.core.people.TeamKey;
import io.serviceculture.plugin.accountability.RebuildStatus;
import io.serviceculture.plugin.accountability.rest.AccountabilityJson.CellJson;
import io.serviceculture.plugin.accountability.rest.AccountabilityJson.ChainJson;
import io.serviceculture.plugin.accountability.rest.AccountabilityJson.ComponentsJson;
import io.serviceculture.plugin.accountability.rest.AccountabilityJson.ContributionJson;
import io.serviceculture.plugin.accountability.rest.AccountabilityJson.DrillDownJson;
import io.serviceculture.plugin.accountability.rest.AccountabilityJson.FractionJson;
import io.serviceculture.plugin.accountability.rest.AccountabilityJson.HiddenJson;
import io.serviceculture.plugin.accountability.rest.AccountabilityJson.MatrixJson;
import io.serviceculture.plugin.accountability.rest.AccountabilityJson.OwnedTimeCellJson;
import io.serviceculture.plugin.accountability.rest.AccountabilityJson.OwnedTimeDrillDownJson;
import io.serviceculture.plugin.accountability.rest.AccountabilityJson.OwnedTimeHiddenJson;
import io.serviceculture.plugin.accountability.rest.AccountabilityJson.OwnedTimeJson;
import io.serviceculture.plugin.accountability.rest.AccountabilityJson.OwnedTimeMatrixJson;
import io.serviceculture.plugin.accountability.rest.AccountabilityJson.PeriodJson;
import io.serviceculture.plugin.accountability.rest.AccountabilityJson.RebuildJson;
import io.serviceculture.plugin.accountability.rest.AccountabilityJson.TrendPointJson;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.jspecify.annotations.Nullable;

/** Turns the core's figures into JSON; scores are rounded to one decimal, fractions stay exact. */
public final class AccountabilityJsonMapper {
    /** A score at or above this is good; at or above {@link #FAIR} fair; below, poor. */
    public static final double GOOD = 80;

    public static final double FAIR = 60;

    private AccountabilityJsonMapper() {}

    public static MatrixJson matrix(ScoreMatrix matrix, PeriodJson period) {
        List<CellJson> cells = matrix.cells().values().stream()
                .sorted(Comparator.comparing((Cell c) -> c.key().provider())
                        .thenComparing(c -> c.key().client().isEmpty())
                        .thenComparing(
                                c -> c.key().client().map(TeamKey::groupName).orElse("")))
                .map(AccountabilityJsonMapper::cell)
                .toList();
        return new MatrixJson(
                period,
                matrix.providers().stream().map(TeamKey::groupName).toList(),
                matrix.clients().stream().map(AccountabilityJsonMapper::name).toList(),
                cells);
    }

    public static CellJson cell(Cell cell) {
        return new CellJson(
                cell.key().provider().groupName(),
                name(cell.key().client()),
                score(cell.score()),
                band(cell.score()),
                cell.issues(),
                cell.lowConfidence(),
                components(cell.components()));
    }

    public static DrillDownJson drillDown(CellDrillDown.VisibleDrillDown drill, PeriodJson period) {
        List<ContributionJson> issues = drill.visible().stream()
                .map(AccountabilityJsonMapper::contribution)
                .toList();
        return new DrillDownJson(
                period, cell(drill.cell()), issues, new HiddenJson(drill.hiddenIssues(), components(drill.hidden())));
    }

    static ContributionJson contribution(Contribution c) {
        return new ContributionJson(c.issueId(), c.issueKey(), c.resolvedAt().toString(), components(c.components()));
    }

    public static OwnedTimeMatrixJson ownedTime(Collection<OwnedTimeCell> cells, PeriodJson period) {
        return new OwnedTimeMatrixJson(
                period,
                cells.stream()
                        .sorted(Comparator.comparing(
                                        (OwnedTimeCell c) -> c.key().provider())
                                .thenComparing(c -> c.key().client().isEmpty())
                                .thenComparing(c ->
                                        c.key().client().map(TeamKey::groupName).orElse("")))
                        .map(AccountabilityJsonMapper::ownedTimeCell)
                        .toList());
    }

    static OwnedTimeCellJson ownedTimeCell(OwnedTimeCell cell) {
        return new OwnedTimeCellJson(
                cell.key().provider().groupName(),
                name(cell.key().client()),
                cell.issues(),
                orNull(cell.meanHours()),
                orNull(cell.index()),
                cell.lowConfidence());
    }

    public static OwnedTimeDrillDownJson ownedTimeDrillDown(OwnedTimeDrillDown drill, PeriodJson period) {
        List<OwnedTimeJson> issues = drill.visible().stream()
                .map(AccountabilityJsonMapper::ownedTime)
                .toList();
        return new OwnedTimeDrillDownJson(
                period,
                ownedTimeCell(drill.cell()),
                issues,
                new OwnedTimeHiddenJson(
                        drill.hiddenIssues(),
                        drill.hiddenHours(),
                        drill.hiddenNormalisedSum(),
                        drill.hiddenNormalisedIssues()));
    }

    static OwnedTimeJson ownedTime(OwnedTime time) {
        return new OwnedTimeJson(
                time.issueId(),
                time.issueKey(),
                time.priority(),
                time.owned().toMillis(),
                time.hours(),
                orNull(time.normalised()));
    }

    private static @Nullable Double orNull(OptionalDouble value) {
        return value.isPresent() ? value.getAsDouble() : null;
    }

    public static ChainJson chain(HandOffChain chain) {
        List<String> teams = chain.teams().stream().map(TeamKey::groupName).toList();
        return new ChainJson(teams, String.join(" → ", teams), chain.issues());
    }

    public static TrendPointJson point(TrendPoint point) {
        return new TrendPointJson(
                point.start().toString(),
                score(point.score()),
                point.issues(),
                point.lowConfidence(),
                components(point.components()));
    }

    public static RebuildJson rebuild(RebuildStatus status) {
        return new RebuildJson(
                status.state(),
                status.done(),
                status.total(),
                status.started().map(Object::toString).orElse(null),
                status.finished().map(Object::toString).orElse(null));
    }

    static ComponentsJson components(Components c) {
        return new ComponentsJson(
                fraction(c.attainment()), fraction(c.ownership()), fraction(c.reopens()), fraction(c.rating()));
    }

    private static FractionJson fraction(Fraction f) {
        return new FractionJson(f.numerator(), f.denominator(), f.hasData() ? f.ratio() : null);
    }

    static @Nullable Double score(OptionalDouble score) {
        return score.isPresent() ? Math.round(score.getAsDouble() * 10) / 10.0 : null;
    }

    static String band(OptionalDouble score) {
        if (score.isEmpty()) {
            return "none";
        }
        double value = score.getAsDouble();
        return value >= GOOD ? "good" : value >= FAIR ? "fair" : "poor";
    }

    static @Nullable String name(Optional<TeamKey> team) {
        return team.map(TeamKey::groupName).orElse(null);
    }
}
