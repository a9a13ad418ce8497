package io.serviceculture.standalone.directory;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Users, groups and reporting lines, as Jira's user directory and the admin-imported reporting-line CSV would
 * hold them. Group names and user names are case-insensitive, as in Jira.
 */
public final class HostDirectory {
    /** Jira's application access groups: members may use Jira (and licensed-only REST resources). */
    public static final Set<String> APPLICATION_GROUPS = Set.of("jira-software-users", "jira-users");

    public static final Set<String> ADMIN_GROUPS = Set.of("jira-administrators", "jira-system-administrators");
    public static final String SYSTEM_ADMIN_GROUP = "jira-system-administrators";

    private final Map<String, HostUser> usersByKey = new ConcurrentHashMap<>();
    private final Map<String, String> keysByName = new ConcurrentHashMap<>();
    private final Map<String, Set<String>> membersByGroup = new ConcurrentHashMap<>();
    private final Map<String, String> managerByUserKey = new ConcurrentHashMap<>();
    private final AtomicLong nextId = new AtomicLong(10_000);

    public synchronized HostUser addUser(
            String key,
            String name,
            String displayName,
            String emailAddress,
            Optional<String> password,
            ZoneId timeZone,
            Locale locale,
            boolean active) {
        HostUser user = new HostUser(
                nextId.getAndIncrement(), key, name, displayName, emailAddress, password, timeZone, locale, active);
        usersByKey.put(key, user);
        keysByName.put(lower(name), key);
        return user;
    }

    /** The user named in an imported issue, created without a password when the host has not seen them. */
    public synchronized HostUser userSeenInIssue(String keyOrName, String displayName, String emailAddress) {
        Optional<HostUser> known = byKey(keyOrName).or(() -> byName(keyOrName));
        return known.orElseGet(() -> addUser(
                keyOrName,
                keyOrName,
                displayName.isBlank() ? keyOrName : displayName,
                emailAddress,
                Optional.empty(),
                ZoneId.of("UTC"),
                Locale.ENGLISH,
                true));
    }

    /** Jira's deactivate and reactivate: the user stays, with their key, name and history. */
    public synchronized HostUser setActive(String key, boolean active) {
        HostUser user = byKey(key).orElseThrow(() -> new IllegalArgumentException("no user with key " + key));
        HostUser changed = new HostUser(
                user.id(),
                user.key(),
                user.name(),
                user.displayName(),
                user.emailAddress(),
                user.password(),
                user.timeZone(),
                user.locale(),
                active);
        usersByKey.put(key, changed);
        return changed;
    }

    /** Jira's rename: a new user name (and display name); the key, and so everything stored by it, stays. */
    public synchronized HostUser rename(String key, String newName, String newDisplayName) {
        HostUser user = byKey(key).orElseThrow(() -> new IllegalArgumentException("no user with key " + key));
        if (byName(newName).filter(other -> !other.key().equals(key)).isPresent()) {
            throw new IllegalArgumentException("the name " + newName + " is taken");
        }
        keysByName.remove(lower(user.name()));
        HostUser renamed = new HostUser(
                user.id(),
                user.key(),
                newName,
                newDisplayName,
                user.emailAddress(),
                user.password(),
                user.timeZone(),
                user.locale(),
                user.active());
        usersByKey.put(key, renamed);
        keysByName.put(lower(newName), key);
        return renamed;
    }

    /**
     * What Jira's anonymisation does to the user itself: a new key and name ({@code JIRAUSER<id>}, as Jira 8.4+
     * gives new users), a display name of {@code user-<hash>}, no e-mail address, deactivated. Group memberships
     * and reporting lines follow the new key.
     */
    public synchronized HostUser anonymise(String key, String newKey) {
        HostUser user = byKey(key).orElseThrow(() -> new IllegalArgumentException("no user with key " + key));
        String name = newKey.toLowerCase(Locale.ROOT);
        HostUser anonymous = new HostUser(
                user.id(),
                newKey,
                name,
                "user-" + Long.toHexString(user.id()),
                "",
                Optional.empty(),
                user.timeZone(),
                user.locale(),
                false);
        usersByKey.remove(key);
        keysByName.remove(lower(user.name()));
        usersByKey.put(newKey, anonymous);
        keysByName.put(lower(name), newKey);
        membersByGroup.values().forEach(members -> {
            if (members.remove(key)) {
                members.add(newKey);
            }
        });
        String managed = managerByUserKey.remove(key);
        if (managed != null) {
            managerByUserKey.put(newKey, managed);
        }
        managerByUserKey.replaceAll((u, m) -> m.equals(key) ? newKey : m);
        return anonymous;
    }

    public Optional<HostUser> byKey(String key) {
        return Optional.ofNullable(usersByKey.get(key));
    }

    public Optional<HostUser> byName(String name) {
        return Optional.ofNullable(keysByName.get(lower(name))).flatMap(this::byKey);
    }

    public Optional<HostUser> byId(long id) {
        return usersByKey.values().stream().filter(u -> u.id() == id).findFirst();
    }

    /** A user key from a changelog or a REST field, which older Jira versions wrote as the user name. */
    public String resolveKey(String keyOrName) {
        if (usersByKey.containsKey(keyOrName)) {
            return keyOrName;
        }
        return byName(keyOrName).map(HostUser::key).orElse(keyOrName);
    }

    public Collection<HostUser> users() {
        return List.copyOf(usersByKey.values());
    }

    /** The user when the name and password match an active user with a password. */
    public Optional<HostUser> authenticate(String name, String password) {
        return byName(name).filter(HostUser::active).filter(u -> u.password()
                .map(p -> constantTimeEquals(p, password))
                .orElse(false));
    }

    public void addGroup(String group) {
        membersByGroup.computeIfAbsent(lower(group), g -> ConcurrentHashMap.newKeySet());
    }

    public void addMember(String group, String userName) {
        String key = byName(userName)
                .map(HostUser::key)
                .orElseThrow(() -> new IllegalArgumentException("no user named " + userName));
        membersByGroup
                .computeIfAbsent(lower(group), g -> ConcurrentHashMap.newKeySet())
                .add(key);
    }

    public Set<String> groups() {
        return new TreeSet<>(membersByGroup.keySet());
    }

    public boolean groupExists(String group) {
        return membersByGroup.containsKey(lower(group));
    }

    /** The keys of a group's members, sorted. */
    public Set<String> members(String group) {
        return new TreeSet<>(membersByGroup.getOrDefault(lower(group), Set.of()));
    }

    /** The groups a user is in, sorted. */
    public Set<String> groupsOf(String userKey) {
        Set<String> groups = new TreeSet<>();
        membersByGroup.forEach((group, members) -> {
            if (members.contains(userKey)) {
                groups.add(group);
            }
        });
        return groups;
    }

    public boolean isMember(String userKey, String group) {
        return membersByGroup.getOrDefault(lower(group), Set.of()).contains(userKey);
    }

    public boolean isLicensed(String userKey) {
        return APPLICATION_GROUPS.stream().anyMatch(g -> isMember(userKey, g));
    }

    public boolean isAdmin(String userKey) {
        return ADMIN_GROUPS.stream().anyMatch(g -> isMember(userKey, g));
    }

    public boolean isSystemAdmin(String userKey) {
        return isMember(userKey, SYSTEM_ADMIN_GROUP);
    }

    public void setManager(String userKey, String managerKey) {
        managerByUserKey.put(userKey, managerKey);
    }

    public Optional<String> managerOf(String userKey) {
        return Optional.ofNullable(managerByUserKey.get(userKey));
    }

    /** Reporting lines as (user key, manager key) pairs, sorted by user key. */
    public List<Map.Entry<String, String>> reportingLines() {
        List<Map.Entry<String, String>> lines = new ArrayList<>(managerByUserKey.entrySet());
        lines.sort(Map.Entry.comparingByKey());
        return lines;
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }

    private static boolean constantTimeEquals(String a, String b) {
        return java.security.MessageDigest.isEqual(
                a.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                b.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
