package io.serviceculture.core.accountability;

import java.util.List;

/**
 * A cell's owned-time figure with each issue the viewer may browse, and the others only as sums, so the rows add
 * up to the cell without naming an issue the viewer cannot see.
 */
public record OwnedTimeDrillDown(
        OwnedTimeCell cell,
        List<OwnedTime> visible,
        int hiddenIssues,
        double hiddenHours,
        double hiddenNormalisedSum,
        int hiddenNormalisedIssues) {
    public OwnedTimeDrillDown {
        visible = List.copyOf(visible);
        if (hiddenIssues < 0 || hiddenNormalisedIssues < 0 || hiddenNormalisedIssues > hiddenIssues) {
            throw new IllegalArgumentException(
                    "hidden issues are 0 ≤ normalised ≤ n, got " + hiddenNormalisedIssues + " of " + hiddenIssues);
        }
    }
}
