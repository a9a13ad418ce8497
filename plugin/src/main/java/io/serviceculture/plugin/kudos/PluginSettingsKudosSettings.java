package io.serviceculture.plugin.kudos;

import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;
import io.serviceculture.core.kudos.KudosSettings;
import io.serviceculture.core.kudos.LeaderboardSwitchPort;
import io.serviceculture.core.kudos.LoadKudosSettingsPort;
import javax.inject.Inject;
import javax.inject.Named;

/** The admin's kudos settings, in Jira's plugin settings; an unreadable value falls back to the default. */
@Named
public class PluginSettingsKudosSettings implements LoadKudosSettingsPort, LeaderboardSwitchPort {
    static final String WEEKLY_ALLOWANCE = "io.serviceculture.jira.kudos.weekly-allowance";
    static final String LEADERBOARDS = "io.serviceculture.jira.kudos.leaderboards";

    private final PluginSettingsFactory settingsFactory;

    @Inject
    public PluginSettingsKudosSettings(PluginSettingsFactory settingsFactory) {
        this.settingsFactory = settingsFactory;
    }

    @Override
    public KudosSettings kudosSettings() {
        Object stored = settingsFactory.createGlobalSettings().get(WEEKLY_ALLOWANCE);
        if (stored instanceof String text) {
            try {
                return new KudosSettings(Integer.parseInt(text.strip()));
            } catch (IllegalArgumentException unreadable) {
                return KudosSettings.defaults();
            }
        }
        return KudosSettings.defaults();
    }

    @Override
    public boolean leaderboardsOn() {
        return "true".equals(settingsFactory.createGlobalSettings().get(LEADERBOARDS));
    }

    /** The weekly allowance, as a configuration import sets it; the record has already checked its range. */
    public void setKudosSettings(KudosSettings settings) {
        settingsFactory.createGlobalSettings().put(WEEKLY_ALLOWANCE, String.valueOf(settings.weeklyAllowance()));
    }

    /** The admin's switch; leaderboards stay off until it is turned on. */
    public void setLeaderboards(boolean on) {
        settingsFactory.createGlobalSettings().put(LEADERBOARDS, on ? "true" : "false");
    }
}
