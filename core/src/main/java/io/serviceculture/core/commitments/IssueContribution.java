package io.serviceculture.core.commitments;

import java.util.Optional;
import java.util.OptionalDouble;

/**
 * One issue's part in a measured figure: counted, with its verdict and value, or left out, with the reason. A
 * figure over cycles (attainment, median first response) has one counted entry per cycle, so an issue reopened in
 * the period appears once per cycle; a figure over issues has one per issue.
 *
 * @param value what the entry adds to the figure: working minutes of the cycle for attainment and first response,
 *     hand-offs for hand-offs per resolved issue, 1 for an issue resolved for the client team, the team's owned
 *     working hours for team owned hours; empty when excluded
 * @param exclusion why the issue does not count, present exactly when the verdict is {@link Verdict#EXCLUDED}
 */
public record IssueContribution(long issueId, Verdict verdict, OptionalDouble value, Optional<Exclusion> exclusion) {

    /** How an entry counts. */
    public enum Verdict {
        /** A cycle that met its goal. */
        MET,
        /** A cycle that breached its goal. */
        BREACHED,
        /** An issue counted with its value, for figures that do not judge goals. */
        COUNTED,
        /** An issue the figure leaves out. */
        EXCLUDED
    }

    /** Why an issue of the owner's does not count in a figure. */
    public enum Exclusion {
        /** Its cycles were produced by another standard than the commitment's. */
        OTHER_STANDARD,
        /** Its cycles in the period are of another metric than the one measured. */
        OTHER_METRIC,
        /** The owner worked on it in the period but did not resolve it there. */
        NOT_RESOLVED_IN_PERIOD,
        /** It is still open. */
        STILL_OPEN,
        /** Its cycle of the measured metric stopped after the period ended. */
        STOPPED_AFTER_PERIOD,
        /** Its reporter was in no team when it was created. */
        NO_CLIENT_TEAM,
        /** It was resolved for another client team. */
        OTHER_CLIENT_TEAM,
        /** Its history can no longer be read, such as after it was deleted. */
        NO_HISTORY,
        /** No standard's resolution clock measured it, so it has no owned time. */
        NO_RESOLUTION_CLOCK
    }

    public IssueContribution {
        if ((verdict == Verdict.EXCLUDED) != exclusion.isPresent()) {
            throw new IllegalArgumentException("an excluded issue needs a reason, and only an excluded one has one");
        }
        if ((verdict == Verdict.EXCLUDED) == value.isPresent()) {
            throw new IllegalArgumentException("a counted issue needs a value, and an excluded one has none");
        }
    }

    public static IssueContribution cycle(long issueId, boolean met, double minutes) {
        return new IssueContribution(
                issueId, met ? Verdict.MET : Verdict.BREACHED, OptionalDouble.of(minutes), Optional.empty());
    }

    public static IssueContribution counted(long issueId, double value) {
        return new IssueContribution(issueId, Verdict.COUNTED, OptionalDouble.of(value), Optional.empty());
    }

    public static IssueContribution excluded(long issueId, Exclusion reason) {
        return new IssueContribution(issueId, Verdict.EXCLUDED, OptionalDouble.empty(), Optional.of(reason));
    }

    public boolean counts() {
        return verdict != Verdict.EXCLUDED;
    }
}
