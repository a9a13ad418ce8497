package io.serviceculture.plugin.kudos;

import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;
import io.serviceculture.core.kudos.KudosSettings;
import io.serviceculture.core.kudos.LoadKudosSettingsPort;
import javax.inject.Inject;
import javax.inject.Named;

/** The admin's kudos settings, in Jira's plugin settings; an unreadable value falls back to the default. */
@Named
public class PluginSettingsKudosSettings implements LoadKudosSettingsPort {
    static final String WEEKLY_ALLOWANCE = "io.serviceculture.jira.kudos.weekly-allowance";
    static final String LEADERBOARDS = "io.serviceculture.jira.kudos.leaderboards";

    private final PluginSettingsFactory settingsFactory;

    @Inject
    public PluginSettingsKudosSettings(PluginSettingsFactory settingsFactory) {
        this.settingsFactory = settingsFactory;
    }

    @Override
    public KudosSettings kudosSettings() {
        var global = settingsFactory.createGlobalSettings();
        boolean leaderboards = "true".equals(global.get(LEADERBOARDS));
        Object stored = global.get(WEEKLY_ALLOWANCE);
        if (stored instanceof String text) {
            try {
                return new KudosSettings(Integer.parseInt(text.strip()), leaderboards);
            } catch (IllegalArgumentException unreadable) {
                return new KudosSettings(KudosSettings.DEFAULT_WEEKLY_ALLOWANCE, leaderboards);
            }
        }
        return new KudosSettings(KudosSettings.DEFAULT_WEEKLY_ALLOWANCE, leaderboards);
    }

    /** The admin's switch; leaderboards stay off until it is turned on. */
    public void setLeaderboards(boolean on) {
        settingsFactory.createGlobalSettings().put(LEADERBOARDS, on ? "true" : "false");
    }
}
