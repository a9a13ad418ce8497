package io.serviceculture.plugin.reports;

import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;
import javax.inject.Inject;
import javax.inject.Named;

/**
 * Whether HR reports may quote the text of private kudos, in Jira's plugin settings (shared by every node). Off
 * until an admin turns it on: private kudos are then only counted.
 */
@Named
public class ReportsSettings {
    static final String PRIVATE_TEXT = "io.serviceculture.jira.reports.private-text";

    private final PluginSettingsFactory settingsFactory;

    @Inject
    public ReportsSettings(PluginSettingsFactory settingsFactory) {
        this.settingsFactory = settingsFactory;
    }

    public boolean privateTextAllowed() {
        return "true".equals(settingsFactory.createGlobalSettings().get(PRIVATE_TEXT));
    }

    public void setPrivateTextAllowed(boolean allowed) {
        settingsFactory.createGlobalSettings().put(PRIVATE_TEXT, String.valueOf(allowed));
    }
}
