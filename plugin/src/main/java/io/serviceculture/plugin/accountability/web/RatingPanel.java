package io.serviceculture.plugin.accountability.web;

import com.atlassian.jira.issue.Issue;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import io.serviceculture.core.accountability.AccountabilityService;
import io.serviceculture.core.accountability.ServiceRating;
import io.serviceculture.core.people.Feature;
import io.serviceculture.core.people.UserKey;
import io.serviceculture.plugin.accountability.AccountabilityUseCases;
import io.serviceculture.plugin.people.FeatureGuard;
import io.serviceculture.plugin.rest.CurrentUser;
import io.serviceculture.plugin.web.TemplatedPanel;
import io.serviceculture.plugin.web.Templates;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import javax.inject.Inject;

/**
 * The service rating on the issue view ({@code atl.jira.view.issue.right.context}): for the reporter of a resolved
 * issue, a form to rate the service 1–5 with a comment, or their rating while it may still be changed. Everyone
 * else sees nothing: a client's rating of one issue is theirs.
 */
public class RatingPanel extends TemplatedPanel<RatingPanelView> {
    static final String TEMPLATE = "templates/accountability/rating-panel.vm";
    static final String RESOURCES = "io.serviceculture.jira:accountability-rating-resources";

    private final AccountabilityService service;
    private final CurrentUser currentUser;
    private final PageBuilderService pageBuilder;
    private final FeatureGuard guard;
    private final Clock clock = Clock.systemUTC();

    @Inject
    public RatingPanel(
            AccountabilityUseCases useCases,
            CurrentUser currentUser,
            Templates templates,
            PageBuilderService pageBuilder,
            FeatureGuard guard) {
        super(templates, TEMPLATE);
        this.service = useCases.service();
        this.currentUser = currentUser;
        this.pageBuilder = pageBuilder;
        this.guard = guard;
    }

    @Override
    protected Optional<RatingPanelView> view(Map<String, Object> context) {
        Object issue = context.get("issue");
        Optional<UserKey> viewer = currentUser.key();
        if (!guard.isOn(Feature.ACCOUNTABILITY)
                || !(issue instanceof Issue jiraIssue)
                || jiraIssue.getId() == null
                || viewer.isEmpty()) {
            return Optional.empty();
        }
        Optional<ServiceRating> given = service.rating(viewer.get(), jiraIssue.getId());
        // only the reporter may rate: everyone else is answered from the issue in hand, without building the
        // issue's timeline from its whole change history and comments on each of their views
        if (given.isEmpty()
                && (!viewer.get().value().equals(jiraIssue.getReporterId())
                        || !service.mayRate(viewer.get(), jiraIssue.getId()))) {
            return Optional.empty();
        }
        pageBuilder.assembler().resources().requireWebResource(RESOURCES);
        boolean editable = given.map(
                        r -> !clock.instant().isAfter(r.created().plus(AccountabilityService.RATING_EDIT_WINDOW)))
                .orElse(true);
        return Optional.of(new RatingPanelView(jiraIssue.getKey(), given, editable));
    }
}
