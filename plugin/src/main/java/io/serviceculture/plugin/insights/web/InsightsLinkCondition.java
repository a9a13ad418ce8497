package io.serviceculture.plugin.insights.web;

import com.atlassian.plugin.PluginParseException;
import com.atlassian.plugin.web.Condition;
import io.serviceculture.plugin.insights.RecognitionInsightsUseCases;
import io.serviceculture.plugin.rest.CurrentUser;
import java.util.Map;
import javax.inject.Inject;

/** Shows the insights link while kudos are on, to HR, admins and managers: the people the page has figures for. */
public class InsightsLinkCondition implements Condition {
    private final RecognitionInsightsUseCases insights;
    private final CurrentUser currentUser;

    @Inject
    public InsightsLinkCondition(RecognitionInsightsUseCases insights, CurrentUser currentUser) {
        this.insights = insights;
        this.currentUser = currentUser;
    }

    @Override
    public void init(Map<String, String> params) throws PluginParseException {
        // nothing to configure: the rule is fixed
    }

    @Override
    public boolean shouldDisplay(Map<String, Object> context) {
        return currentUser.key().map(insights::mayView).orElse(false);
    }
}
