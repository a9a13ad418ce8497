package io.serviceculture.core.insights;

import io.serviceculture.core.accountability.CellKey;
import io.serviceculture.core.accountability.Interval;
import java.util.Set;

/**
 * Which provider teams served which client teams in a period: the accountability matrix's cells, that is the
 * issues a client team requested that a provider team worked on, finally resolved in the period.
 */
public interface ServedCellsPort {
    Set<CellKey> servedCells(Interval period);
}
