package io.serviceculture.plugin.kudos.rest;

import com.atlassian.jira.application.ApplicationRoleManager;
import com.atlassian.jira.bc.user.search.UserSearchParams;
import com.atlassian.jira.bc.user.search.UserSearchService;
import com.atlassian.jira.user.ApplicationUser;
import io.serviceculture.core.people.Feature;
import io.serviceculture.core.people.TeamKey;
import io.serviceculture.plugin.people.FeatureGuard;
import io.serviceculture.plugin.people.PeopleSettings;
import io.serviceculture.plugin.rest.CurrentUser;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.inject.Inject;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import org.jspecify.annotations.Nullable;

/**
 * The kudos picker's search ({@code GET /people/search?q=}): active people with a Jira licence, and teams, whose
 * names start with the query; at most {@link #LIMIT} of each, so a short query never lists the whole directory.
 * E-mail addresses are neither matched nor returned. Licensed users only.
 */
@Path("/people/search")
@Produces(MediaType.APPLICATION_JSON)
public class PeopleSearchResource {
    static final int LIMIT = 10;
    /** Asks Jira for more than we show: unlicensed users are dropped after the search. */
    static final int FETCH = 3 * LIMIT;

    private final UserSearchService search;
    private final ApplicationRoleManager roles;
    private final PeopleSettings settings;
    private final CurrentUser currentUser;
    private final FeatureGuard guard;

    @Inject
    public PeopleSearchResource(
            UserSearchService search,
            ApplicationRoleManager roles,
            PeopleSettings settings,
            CurrentUser currentUser,
            FeatureGuard guard) {
        this.search = search;
        this.roles = roles;
        this.settings = settings;
        this.currentUser = currentUser;
        this.guard = guard;
    }

    /** A match: {@code id} is what {@code POST /kudos} takes as a receiver. */
    public record MatchJson(String id, String type, String key, String name, String displayName) {}

    @GET
    public List<MatchJson> search(@QueryParam("q") @Nullable String q) {
        guard.require(Feature.KUDOS);
        currentUser.require();
        String query = q == null ? "" : q.strip();
        if (query.isEmpty()) {
            return List.of();
        }
        List<MatchJson> matches = new ArrayList<>();
        UserSearchParams params = new UserSearchParams.Builder()
                .includeActive(true)
                .includeInactive(false)
                .canMatchEmail(false)
                .maxResults(FETCH)
                .build();
        for (ApplicationUser user : search.findUsers(query, params)) {
            if (matches.size() == LIMIT) {
                break;
            }
            if (user.isActive() && roles.hasAnyRole(user)) {
                matches.add(new MatchJson(
                        "user:" + user.getKey(), "user", user.getKey(), user.getUsername(), user.getDisplayName()));
            }
        }
        String lower = query.toLowerCase(Locale.ROOT);
        settings.teams().stream()
                .map(TeamKey::groupName)
                .filter(group -> group.toLowerCase(Locale.ROOT).contains(lower))
                .sorted()
                .limit(LIMIT)
                .forEach(group -> matches.add(new MatchJson("team:" + group, "team", group, group, group)));
        return matches;
    }
}
