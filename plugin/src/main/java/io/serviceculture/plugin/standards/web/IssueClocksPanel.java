package io.serviceculture.plugin.standards.web;

import com.atlassian.jira.issue.Issue;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import io.serviceculture.core.common.NotFoundException;
import io.serviceculture.core.people.Feature;
import io.serviceculture.core.people.Person;
import io.serviceculture.core.people.UserKey;
import io.serviceculture.plugin.people.FeatureGuard;
import io.serviceculture.plugin.people.JiraDirectory;
import io.serviceculture.plugin.rest.CurrentUser;
import io.serviceculture.plugin.standards.StandardsUseCases;
import io.serviceculture.plugin.standards.rest.ClocksJsonMapper;
import io.serviceculture.plugin.web.TemplatedPanel;
import io.serviceculture.plugin.web.Templates;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import javax.inject.Inject;

/**
 * The SLA clocks on the issue view ({@code atl.jira.view.issue.right.context}, context {@code issue}), rendered on
 * the server; a small script refreshes the remaining times from the REST resource.
 */
public class IssueClocksPanel extends TemplatedPanel<IssueClocksView> {
    static final String TEMPLATE = "templates/standards/issue-clocks.vm";
    static final String RESOURCES = "io.serviceculture.jira:standards-resources";

    private final StandardsUseCases useCases;
    private final ClocksJsonMapper json;
    private final CurrentUser currentUser;
    private final JiraDirectory directory;
    private final PageBuilderService pageBuilder;
    private final FeatureGuard guard;

    @Inject
    public IssueClocksPanel(
            StandardsUseCases useCases,
            ClocksJsonMapper json,
            CurrentUser currentUser,
            JiraDirectory directory,
            Templates templates,
            PageBuilderService pageBuilder,
            FeatureGuard guard) {
        super(templates, TEMPLATE);
        this.useCases = useCases;
        this.json = json;
        this.currentUser = currentUser;
        this.directory = directory;
        this.pageBuilder = pageBuilder;
        this.guard = guard;
    }

    @Override
    protected Optional<IssueClocksView> view(Map<String, Object> context) {
        return guard.isOn(Feature.STANDARDS) ? Optional.of(clocks(context)) : Optional.empty();
    }

    private IssueClocksView clocks(Map<String, Object> context) {
        Object issue = context.get("issue");
        Optional<UserKey> viewer = currentUser.key();
        if (!(issue instanceof Issue jiraIssue) || jiraIssue.getId() == null || viewer.isEmpty()) {
            return IssueClocksView.empty();
        }
        pageBuilder.assembler().resources().requireWebResource(RESOURCES);
        try {
            var zone = directory.findPerson(viewer.get()).map(Person::timeZone).orElse(ZoneOffset.UTC);
            return IssueClocksView.of(json.toJson(useCases.service().clocks(viewer.get(), jiraIssue.getId()), zone));
        } catch (NotFoundException e) {
            // the viewer may not browse the issue, or it is gone: the panel stays empty rather than say which
            return IssueClocksView.empty();
        }
    }
}
