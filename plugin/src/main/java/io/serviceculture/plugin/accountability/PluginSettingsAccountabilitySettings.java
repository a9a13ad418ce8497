package io.serviceculture.plugin.accountability;

import com.atlassian.sal.api.pluginsettings.PluginSettings;
import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;
import io.serviceculture.core.accountability.AccountabilitySettings;
import io.serviceculture.core.accountability.AccountabilitySettingsPort;
import io.serviceculture.core.accountability.ScoreWeights;
import java.time.Duration;
import javax.inject.Inject;
import javax.inject.Named;

/**
 * The admin's accountability settings in Jira's plugin settings, shared by every node. Stored as text; a value
 * that no longer reads (edited by hand, an older format) falls back to the defaults rather than break the page.
 */
@Named
public class PluginSettingsAccountabilitySettings implements AccountabilitySettingsPort {
    static final String WEIGHTS = "io.serviceculture.jira.accountability.weights";
    static final String REOPEN_WINDOW_DAYS = "io.serviceculture.jira.accountability.reopen-window-days";
    static final String LOW_CONFIDENCE_BELOW = "io.serviceculture.jira.accountability.low-confidence-below";

    private final PluginSettingsFactory settingsFactory;

    @Inject
    public PluginSettingsAccountabilitySettings(PluginSettingsFactory settingsFactory) {
        this.settingsFactory = settingsFactory;
    }

    @Override
    public AccountabilitySettings load() {
        PluginSettings settings = settingsFactory.createGlobalSettings();
        AccountabilitySettings defaults = AccountabilitySettings.defaults();
        try {
            ScoreWeights weights = defaults.weights();
            if (settings.get(WEIGHTS) instanceof String text) {
                String[] parts = text.split(",");
                weights = new ScoreWeights(
                        Integer.parseInt(parts[0].strip()),
                        Integer.parseInt(parts[1].strip()),
                        Integer.parseInt(parts[2].strip()),
                        Integer.parseInt(parts[3].strip()));
            }
            Duration window = settings.get(REOPEN_WINDOW_DAYS) instanceof String days
                    ? Duration.ofDays(Long.parseLong(days.strip()))
                    : defaults.reopenWindow();
            int lowConfidence = settings.get(LOW_CONFIDENCE_BELOW) instanceof String below
                    ? Integer.parseInt(below.strip())
                    : defaults.lowConfidenceBelow();
            return new AccountabilitySettings(window, weights, lowConfidence);
        } catch (RuntimeException unreadable) {
            return defaults;
        }
    }

    @Override
    public void save(AccountabilitySettings updated) {
        PluginSettings settings = settingsFactory.createGlobalSettings();
        ScoreWeights w = updated.weights();
        settings.put(WEIGHTS, w.attainment() + "," + w.ownership() + "," + w.reopens() + "," + w.rating());
        settings.put(REOPEN_WINDOW_DAYS, String.valueOf(updated.reopenWindow().toDays()));
        settings.put(LOW_CONFIDENCE_BELOW, String.valueOf(updated.lowConfidenceBelow()));
    }
}
