package io.serviceculture.plugin.kudos.web;

import com.atlassian.jira.issue.Issue;
import com.atlassian.plugin.web.api.model.WebPanel;
import io.serviceculture.core.kudos.KudosQuery;
import io.serviceculture.core.people.Feature;
import io.serviceculture.core.people.UserKey;
import io.serviceculture.plugin.kudos.KudosUseCases;
import io.serviceculture.plugin.kudos.rest.KudosJsonMapper;
import io.serviceculture.plugin.people.FeatureGuard;
import io.serviceculture.plugin.people.JiraIssueVisibility;
import io.serviceculture.plugin.people.Readers;
import io.serviceculture.plugin.rest.CurrentUser;
import io.serviceculture.plugin.web.Templates;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.inject.Inject;

/**
 * Kudos on the issue view ({@code atl.jira.view.issue.right.context}, context {@code issue}): the latest kudos
 * linked to the issue that the viewer may read, and a "Give kudos" button whose dialog links the new kudos to it.
 */
public class IssueKudosPanel implements WebPanel {
    static final String TEMPLATE = "templates/kudos/issue-panel.vm";
    static final int RECENT = 5;

    private final KudosUseCases kudos;
    private final KudosJsonMapper json;
    private final CurrentUser currentUser;
    private final Readers readers;
    private final JiraIssueVisibility issues;
    private final Templates templates;
    private final FeatureGuard guard;

    @Inject
    public IssueKudosPanel(
            KudosUseCases kudos,
            KudosJsonMapper json,
            CurrentUser currentUser,
            Readers readers,
            JiraIssueVisibility issues,
            Templates templates,
            FeatureGuard guard) {
        this.kudos = kudos;
        this.json = json;
        this.currentUser = currentUser;
        this.readers = readers;
        this.issues = issues;
        this.templates = templates;
        this.guard = guard;
    }

    @Override
    public String getHtml(Map<String, Object> context) {
        Optional<IssueKudosView> view = view(context);
        return view.isEmpty() ? "" : templates.render(TEMPLATE, view.get());
    }

    @Override
    public void writeHtml(Writer writer, Map<String, Object> context) throws IOException {
        Optional<IssueKudosView> view = view(context);
        if (view.isPresent()) {
            templates.render(TEMPLATE, view.get(), writer);
        }
    }

    private Optional<IssueKudosView> view(Map<String, Object> context) {
        Optional<UserKey> viewer = currentUser.key();
        if (!guard.isOn(Feature.KUDOS)
                || viewer.isEmpty()
                || !(context.get("issue") instanceof Issue issue)
                || issue.getId() == null
                || issue.getKey() == null
                // Jira shows the panel only on issues the viewer may browse; asking again costs little
                || !issues.canBrowse(viewer.get(), issue.getId())) {
            return Optional.empty();
        }
        List<KudosItemView> items = json
                .toJson(
                        kudos.list(KudosQuery.all(RECENT).aboutIssue(issue.getId()), readers.kudosReader(viewer.get()))
                                .items(),
                        viewer.get())
                .stream()
                .map(KudosItemView::new)
                .toList();
        return Optional.of(new IssueKudosView(issue.getKey(), items));
    }
}
