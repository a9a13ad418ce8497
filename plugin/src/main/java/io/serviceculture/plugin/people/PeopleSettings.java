package io.serviceculture.plugin.people;

import com.atlassian.sal.api.pluginsettings.PluginSettings;
import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;
import io.serviceculture.core.people.TeamKey;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import javax.inject.Inject;
import javax.inject.Named;

/**
 * Which Jira groups are teams and which group is HR, kept in Jira's plugin settings (shared by every cluster
 * node, so no node keeps its own copy).
 */
@Named
public class PeopleSettings {
    static final String TEAMS = "io.serviceculture.jira.people.teams";
    static final String HR_GROUP = "io.serviceculture.jira.people.hr-group";
    static final String DEFAULT_HR_GROUP = "service-culture-hr";

    private final PluginSettingsFactory settingsFactory;

    @Inject
    public PeopleSettings(PluginSettingsFactory settingsFactory) {
        this.settingsFactory = settingsFactory;
    }

    public Set<TeamKey> teams() {
        Object stored = settings().get(TEAMS);
        if (!(stored instanceof String text) || text.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(text.split("\n"))
                .map(String::strip)
                .filter(name -> !name.isEmpty())
                .map(TeamKey::of)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    public boolean isTeam(TeamKey group) {
        return teams().contains(group);
    }

    public void setTeams(Set<TeamKey> teams) {
        settings().put(TEAMS, teams.stream().map(TeamKey::groupName).sorted().collect(Collectors.joining("\n")));
    }

    public String hrGroup() {
        Object stored = settings().get(HR_GROUP);
        return stored instanceof String text && !text.isBlank() ? text : DEFAULT_HR_GROUP;
    }

    private PluginSettings settings() {
        return settingsFactory.createGlobalSettings();
    }
}
