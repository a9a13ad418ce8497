package io.serviceculture.core.lifecycle;

import io.serviceculture.core.people.UserKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.LongPredicate;

/**
 * Keeps the app's data true to Jira's: a deleted issue leaves nothing that names it, a moved issue shows only its
 * new key, a deleted project is all its issues deleted, and an anonymised person's rows follow their new key while
 * the text they wrote stays.
 */
public final class DataLifecycleService {
    private final AppDataPort data;

    public DataLifecycleService(AppDataPort data) {
        this.data = data;
    }

    /** Forgets the issue; returns what was removed or unlinked. */
    public List<DataCount> issueDeleted(long issueId) {
        return counts(data.forgetIssue(issueId));
    }

    /** The issue's rows stay attached by id; only the stored display key changes. */
    public long issueMoved(long issueId, String newKey) {
        if (newKey.isBlank()) {
            throw new IllegalArgumentException("a moved issue has a key");
        }
        return data.rekeyIssue(issueId, newKey);
    }

    /**
     * Jira deletes a project's issues without an event each, so every issue the app knows that Jira no longer has
     * is forgotten. Returns how many issues were forgotten.
     */
    public int projectDeleted(LongPredicate issueExists) {
        int forgotten = 0;
        for (long issueId : data.issueIds()) {
            if (!issueExists.test(issueId)) {
                data.forgetIssue(issueId);
                forgotten++;
            }
        }
        return forgotten;
    }

    /** The rows that name the person, by kind, without empty kinds. */
    public List<DataCount> personalData(UserKey person) {
        List<DataCount> counts = new ArrayList<>();
        for (StoredData kind : StoredData.personal()) {
            long rows = data.count(kind, person);
            if (rows > 0) {
                counts.add(new DataCount(kind, rows));
            }
        }
        return counts;
    }

    /** One step per kind of data the person appears in: what a key change will report progress by. */
    public int keyChangeSteps(UserKey person) {
        return personalData(person).size();
    }

    /**
     * Rewrites the person's old key to the new one, kind by kind, telling {@code stepDone} after each kind that had
     * rows. Returns the rows changed.
     */
    public long userKeyChanged(UserKey from, UserKey to, Runnable stepDone) {
        long changed = 0;
        if (from.equals(to)) {
            return changed;
        }
        for (DataCount count : personalData(from)) {
            changed += data.changeUserKey(count.kind(), from, to);
            stepDone.run();
        }
        return changed;
    }

    /** Name snapshots stored for the person, which anonymisation replaces. */
    public long namesOf(UserKey person) {
        return data.countNames(person);
    }

    /** Replaces the person's stored name snapshots by their key. */
    public long userAnonymised(UserKey person) {
        return data.replaceNamesByKey(person);
    }

    private static List<DataCount> counts(Map<StoredData, Long> rows) {
        List<DataCount> counts = new ArrayList<>();
        rows.forEach((kind, n) -> {
            if (n > 0) {
                counts.add(new DataCount(kind, n));
            }
        });
        counts.sort((a, b) -> a.kind().compareTo(b.kind()));
        return counts;
    }
}
