package io.serviceculture.plugin.retention;

import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;
import io.serviceculture.core.common.InvalidInputException;
import io.serviceculture.core.retention.RetentionPolicy;
import javax.inject.Inject;
import javax.inject.Named;

/** The admin's retention limit in Jira's plugin settings; off (keep for ever) until an admin sets one. */
@Named
public class RetentionSettings {
    static final String MONTHS = "io.serviceculture.jira.retention.months";

    private final PluginSettingsFactory settingsFactory;

    @Inject
    public RetentionSettings(PluginSettingsFactory settingsFactory) {
        this.settingsFactory = settingsFactory;
    }

    public RetentionPolicy policy() {
        if (settingsFactory.createGlobalSettings().get(MONTHS) instanceof String text) {
            try {
                return new RetentionPolicy(Integer.parseInt(text.strip()));
            } catch (NumberFormatException | InvalidInputException unreadable) {
                // a value edited by hand must never purge anything: off is the safe reading
                return RetentionPolicy.keepForever();
            }
        }
        return RetentionPolicy.keepForever();
    }

    public void setPolicy(RetentionPolicy policy) {
        if (policy.isOn()) {
            settingsFactory.createGlobalSettings().put(MONTHS, String.valueOf(policy.months()));
        } else {
            settingsFactory.createGlobalSettings().remove(MONTHS);
        }
    }
}
