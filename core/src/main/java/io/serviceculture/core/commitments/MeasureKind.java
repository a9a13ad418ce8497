package io.serviceculture.core.commitments;

/**
 * What a measured commitment counts, computed live from what the app already records. A <em>level</em> is a rate
 * that must hold all through the period; a <em>count</em> accumulates as the period goes by.
 */
public enum MeasureKind {
    /** Met cycles ÷ completed cycles of a standard (optionally one metric) on the owner's issues, in percent. */
    STANDARD_ATTAINMENT(false),
    /** Median working minutes to first response over the owner's issues. */
    MEDIAN_FIRST_RESPONSE(false),
    /** Team hand-offs per issue the owner resolved. */
    HANDOFFS_PER_RESOLVED_ISSUE(false),
    /** Issues the owner resolved whose client (reporting) team is the given team. */
    ISSUES_RESOLVED_FOR_CLIENT_TEAM(true),
    /** Kudos the owner gave. */
    KUDOS_GIVEN(true),
    /**
     * Mean working hours the given team owned each issue it served, of the issues finally resolved in the period,
     * on the resolution clock: the owned time of the team's row in the accountability matrix.
     */
    TEAM_OWNED_HOURS(false);

    private final boolean count;

    MeasureKind(boolean count) {
        this.count = count;
    }

    /** Whether the figure accumulates over the period, so that it is judged against the time elapsed. */
    public boolean isCount() {
        return count;
    }
}
