package io.serviceculture.standalone.pages;

import io.serviceculture.standalone.directory.HostUser;
import io.serviceculture.standalone.jira.HostIssue;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** What the plugin adds to the host's pages: navigation links, web resources and web panels. */
public interface PluginUi {

    /** A link in the top navigation bar. */
    record NavItem(String key, String label, String url) {}

    /** The top navigation bar's web items the user may see. */
    List<NavItem> topNavigation(Optional<HostUser> user);

    /**
     * {@code <link>} and {@code <script>} tags for the web resources of these contexts and these complete keys
     * ({@code pluginKey:webResourceKey}), each after the plugin's own ones it depends on.
     */
    List<String> resourceTags(Set<String> contexts, Set<String> completeKeys);

    /** Web panels for a user's profile ({@code webpanels.user.profile.summary.custom}), rendered. */
    List<String> profilePanels(HostUser profileUser);

    /** Web panels for an issue's right column ({@code atl.jira.view.issue.right.context}), rendered. */
    List<String> issuePanels(HostIssue issue);

    static PluginUi none() {
        return new PluginUi() {
            @Override
            public List<NavItem> topNavigation(Optional<HostUser> user) {
                return List.of();
            }

            @Override
            public List<String> resourceTags(Set<String> contexts, Set<String> completeKeys) {
                return List.of();
            }

            @Override
            public List<String> profilePanels(HostUser profileUser) {
                return List.of();
            }

            @Override
            public List<String> issuePanels(HostIssue issue) {
                return List.of();
            }
        };
    }
}
