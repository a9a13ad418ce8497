package io.serviceculture.core.accountability;

/**
 * The sum of a cell's contributions in a period, as a store can add them up itself, so that the matrix does not
 * read every issue's row.
 *
 * @param issues how many contributions (issues) were summed
 */
public record CellTotal(CellKey key, Components components, int issues) {}
