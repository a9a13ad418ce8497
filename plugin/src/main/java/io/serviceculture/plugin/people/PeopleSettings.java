package io.serviceculture.plugin.people;

import com.atlassian.sal.api.pluginsettings.PluginSettings;
import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;
import io.serviceculture.core.people.Feature;
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
    static final String FEATURE_OFF_PREFIX = "io.serviceculture.jira.feature-off.";
    static final String RESTRICT_PERSON_FIGURES = "io.serviceculture.jira.people.restrict-person-figures";

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

    public void setHrGroup(String group) {
        settings().put(HR_GROUP, group);
    }

    /** Every feature is on until an admin turns it off, so only the off switches are stored. */
    public boolean isEnabled(Feature feature) {
        return !"true".equals(settings().get(FEATURE_OFF_PREFIX + feature.id()));
    }

    public void setEnabled(Feature feature, boolean enabled) {
        if (enabled) {
            settings().remove(FEATURE_OFF_PREFIX + feature.id());
        } else {
            settings().put(FEATURE_OFF_PREFIX + feature.id(), "true");
        }
    }

    /** Whether people-level figures are shown only to the person, their manager and HR. */
    public boolean personFiguresRestricted() {
        return "true".equals(settings().get(RESTRICT_PERSON_FIGURES));
    }

    public void setPersonFiguresRestricted(boolean restricted) {
        settings().put(RESTRICT_PERSON_FIGURES, String.valueOf(restricted));
    }

    private PluginSettings settings() {
        return settingsFactory.createGlobalSettings();
    }
}
