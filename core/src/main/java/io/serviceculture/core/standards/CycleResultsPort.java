package io.serviceculture.core.standards;

import java.util.List;

/** Stores completed cycles, each with the standard version that produced it, and finds them for reports. */
public interface CycleResultsPort {
    /**
     * Records cycles that are not yet stored. A cycle is known by issue, standard, metric and start; one already
     * stored is kept as it is, so that recomputing never rewrites an earlier result.
     *
     * @return how many cycles were new
     */
    int record(List<RecordedCycle> cycles);

    /** The stored cycles that match the query, by stop time then issue. */
    List<RecordedCycle> find(CycleQuery query);
}
