package io.serviceculture.core.kudos;

import java.util.Map;

/** Counts over stored kudos, computed by the store so that a profile panel never loads every kudos. */
public interface KudosStatisticsPort {
    /** Visible (not hidden) kudos received, by company value id. Counts private ones too. */
    Map<String, Integer> countReceivedByValue(Receiver receiver);
}
