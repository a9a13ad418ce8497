package io.serviceculture.standalone.services;

import com.atlassian.jira.bc.user.search.UserSearchParams;
import com.atlassian.jira.bc.user.search.UserSearchService;
import com.atlassian.jira.user.ApplicationUser;
import io.serviceculture.standalone.directory.HostDirectory;
import io.serviceculture.standalone.directory.HostUser;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Jira's user search over the host directory, as Jira's user picker matches: a case-insensitive prefix of the
 * user name, the display name or any word of it (and of the e-mail address only when asked), sorted by display
 * name, at most {@code maxResults}.
 */
public final class HostUserSearchService implements UserSearchService {
    private final HostDirectory directory;

    public HostUserSearchService(HostDirectory directory) {
        this.directory = directory;
    }

    @Override
    public List<ApplicationUser> findUsers(String query, UserSearchParams params) {
        String prefix = query.strip().toLowerCase(Locale.ROOT);
        if (prefix.isEmpty() && !params.allowEmptyQuery()) {
            return List.of();
        }
        Integer max = params.getMaxResults();
        return directory.users().stream()
                .filter(u -> u.active() ? params.includeActive() : params.includeInactive())
                .filter(u -> matches(u, prefix, params.canMatchEmail()))
                .sorted(Comparator.comparing((HostUser u) -> u.displayName().toLowerCase(Locale.ROOT))
                        .thenComparing(HostUser::key))
                .limit(max == null ? Long.MAX_VALUE : max)
                .map(u -> (ApplicationUser) new HostApplicationUser(u))
                .toList();
    }

    private static boolean matches(HostUser user, String prefix, boolean email) {
        if (user.name().toLowerCase(Locale.ROOT).startsWith(prefix)) {
            return true;
        }
        String display = user.displayName().toLowerCase(Locale.ROOT);
        if (display.startsWith(prefix) || Arrays.stream(display.split("\\s+")).anyMatch(w -> w.startsWith(prefix))) {
            return true;
        }
        return email && user.emailAddress().toLowerCase(Locale.ROOT).startsWith(prefix);
    }
}
