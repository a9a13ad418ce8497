package io.serviceculture.core.reports;

import io.serviceculture.core.kudos.Kudos;
import java.util.List;

/**
 * Reads kudos for reports in key order, a page at a time: each call starts after the last id it was given, so a
 * report of a million kudos keeps only one page in memory and stays stable while new kudos arrive. Kudos hidden
 * by moderation are never read.
 */
public interface KudosExportPort {
    /** At most {@code limit} kudos matching the query with an id above {@code afterId}, by ascending id, each with all its receivers. */
    List<Kudos> kudosAfter(KudosExportQuery query, long afterId, int limit);

    /** How many (kudos, receiver) pairs match: with a receiver in the query, only that receiver's pairs count. */
    long countReceiverRows(KudosExportQuery query);
}
