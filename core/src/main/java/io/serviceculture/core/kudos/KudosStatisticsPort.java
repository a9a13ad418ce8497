package io.serviceculture.core.kudos;

import io.serviceculture.core.people.UserKey;
import java.time.Instant;
import java.util.Map;

/** Counts over stored kudos, computed by the store so that a profile panel never loads every kudos. */
public interface KudosStatisticsPort {
    /** Visible (not hidden) kudos received, by company value id. Counts private ones too. */
    Map<String, Integer> countReceivedByValue(Receiver receiver);

    /**
     * Visible kudos each person received in person (not through a team) from {@code from} inclusive to
     * {@code to} exclusive; people with none are left out.
     */
    Map<UserKey, Integer> countReceivedByPerson(Instant from, Instant to);

    /**
     * Kudos the person gave from {@code from} up to but not including {@code to}, hidden ones left out; each kudos
     * counts once however many receivers it has. Commitments measure "kudos given" by it.
     */
    int countGivenBy(UserKey giver, Instant from, Instant to);
}
