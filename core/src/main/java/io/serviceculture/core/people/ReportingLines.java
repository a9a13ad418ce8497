package io.serviceculture.core.people;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Who reports to whom, as an admin imported it. Valid by construction: nobody manages themselves and no
 * chain of managers loops back, so walking up a line always ends.
 */
public final class ReportingLines {
    private final Map<UserKey, UserKey> managerOf;
    private final Map<UserKey, List<UserKey>> reportsOf;

    private ReportingLines(Map<UserKey, UserKey> managerOf) {
        this.managerOf = Map.copyOf(managerOf);
        Map<UserKey, TreeSet<UserKey>> reports = new HashMap<>();
        managerOf.forEach((user, manager) ->
                reports.computeIfAbsent(manager, m -> new TreeSet<>()).add(user));
        Map<UserKey, List<UserKey>> frozen = new HashMap<>();
        reports.forEach((manager, users) -> frozen.put(manager, List.copyOf(users)));
        this.reportsOf = Map.copyOf(frozen);
    }

    /**
     * @throws IllegalArgumentException if someone manages themselves or the lines form a cycle; imports check
     *     this row by row first, see {@link ReportingLinesImport}
     */
    public static ReportingLines of(Map<UserKey, UserKey> managerOf) {
        managerOf.forEach((user, manager) -> {
            if (user.equals(manager)) {
                throw new IllegalArgumentException(user + " cannot manage themselves");
            }
        });
        for (UserKey start : managerOf.keySet()) {
            if (cycleFrom(start, managerOf)) {
                throw new IllegalArgumentException("the reporting lines loop through " + start);
            }
        }
        return new ReportingLines(managerOf);
    }

    public static ReportingLines none() {
        return new ReportingLines(Map.of());
    }

    static boolean cycleFrom(UserKey start, Map<UserKey, UserKey> managerOf) {
        UserKey current = managerOf.get(start);
        for (int steps = 0; current != null && steps <= managerOf.size(); steps++) {
            if (current.equals(start)) {
                return true;
            }
            current = managerOf.get(current);
        }
        return false;
    }

    public Optional<UserKey> managerOf(UserKey user) {
        return Optional.ofNullable(managerOf.get(user));
    }

    /** The people who report directly to the manager, by user key. */
    public List<UserKey> reportsOf(UserKey manager) {
        return reportsOf.getOrDefault(manager, List.of());
    }

    public boolean isManagerOf(UserKey manager, UserKey user) {
        return manager.equals(managerOf.get(user));
    }

    public boolean managesAnyone(UserKey user) {
        return reportsOf.containsKey(user);
    }

    public Map<UserKey, UserKey> asMap() {
        return managerOf;
    }

    public int size() {
        return managerOf.size();
    }
}
