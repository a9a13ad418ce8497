package io.serviceculture.plugin.reports.web;

import com.atlassian.plugin.PluginParseException;
import com.atlassian.plugin.web.Condition;
import io.serviceculture.plugin.reports.ReportsAccess;
import io.serviceculture.plugin.rest.CurrentUser;
import java.util.Map;
import javax.inject.Inject;

/** Shows the reports link only while kudos are on, and only to HR and Jira admins. */
public class ReportsLinkCondition implements Condition {
    private final ReportsAccess access;
    private final CurrentUser currentUser;

    @Inject
    public ReportsLinkCondition(ReportsAccess access, CurrentUser currentUser) {
        this.access = access;
        this.currentUser = currentUser;
    }

    @Override
    public void init(Map<String, String> params) throws PluginParseException {
        // nothing to configure: the rule is fixed
    }

    @Override
    public boolean shouldDisplay(Map<String, Object> context) {
        return access.featureOn() && currentUser.key().map(access::isHrOrAdmin).orElse(false);
    }
}
