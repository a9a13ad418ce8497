package io.serviceculture.core.lifecycle;

import io.serviceculture.core.people.UserKey;
import java.util.Map;
import java.util.SortedSet;

/**
 * Every table of the app at once, for the events that cut across features: an issue deleted or moved, a project
 * deleted, a person anonymised. Issues are stored by id and people by key, so most of these touch few columns.
 */
public interface AppDataPort {
    /**
     * Deletes what the app derived from the issue (SLA cycles, running clocks, alerts, ratings, accountability
     * facts) and unlinks kudos from it, keeping the kudos. Returns the rows affected per kind, none of them zero.
     */
    Map<StoredData, Long> forgetIssue(long issueId);

    /** Writes the issue's new key where a key is stored for display. Returns the rows changed. */
    long rekeyIssue(long issueId, String newKey);

    /** Every issue id the app holds anything about. */
    SortedSet<Long> issueIds();

    /** How many rows of the kind name the person; zero for kinds that never do. */
    long count(StoredData kind, UserKey person);

    /** Rewrites every reference to one key in rows of the kind to the other key. Returns the rows changed. */
    long changeUserKey(StoredData kind, UserKey from, UserKey to);

    /** Replaces name snapshots of the person (a sign-off's signer name) by their key. Returns the rows changed. */
    long replaceNamesByKey(UserKey person);

    /** How many name snapshots of the person are stored. */
    long countNames(UserKey person);
}
