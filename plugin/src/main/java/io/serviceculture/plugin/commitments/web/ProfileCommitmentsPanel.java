package io.serviceculture.plugin.commitments.web;

import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.sal.api.message.I18nResolver;
import io.serviceculture.core.commitments.CommitmentService;
import io.serviceculture.core.people.Feature;
import io.serviceculture.core.people.UserKey;
import io.serviceculture.plugin.commitments.CommitmentUseCases;
import io.serviceculture.plugin.commitments.rest.CommitmentsJsonMapper;
import io.serviceculture.plugin.people.FeatureGuard;
import io.serviceculture.plugin.rest.CurrentUser;
import io.serviceculture.plugin.web.TemplatedPanel;
import io.serviceculture.plugin.web.Templates;
import io.serviceculture.plugin.web.Texts;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.inject.Inject;

/**
 * Commitments on a user profile ({@code webpanels.user.profile.summary.custom}, context {@code profileUser}): this
 * period's commitments the viewer may read, with progress, status, sign-off and last check-in, and "Add
 * commitment" for the person and their manager. Nothing is rendered for a viewer with nothing to see or do.
 */
public class ProfileCommitmentsPanel extends TemplatedPanel<ProfileCommitmentsView> {
    static final String TEMPLATE = "templates/commitments/profile-panel.vm";

    private final CommitmentService commitments;
    private final CommitmentsJsonMapper json;
    private final CurrentUser currentUser;
    private final I18nResolver i18n;
    private final FeatureGuard guard;

    @Inject
    public ProfileCommitmentsPanel(
            CommitmentUseCases useCases,
            CommitmentsJsonMapper json,
            CurrentUser currentUser,
            Templates templates,
            I18nResolver i18n,
            FeatureGuard guard) {
        super(templates, TEMPLATE);
        this.commitments = useCases.service();
        this.json = json;
        this.currentUser = currentUser;
        this.i18n = i18n;
        this.guard = guard;
    }

    @Override
    protected Optional<ProfileCommitmentsView> view(Map<String, Object> context) {
        Object profileUser = context.get("profileUser");
        Optional<UserKey> viewer = currentUser.key();
        if (!guard.isOn(Feature.COMMITMENTS) || !(profileUser instanceof ApplicationUser user) || viewer.isEmpty()) {
            return Optional.empty();
        }
        UserKey owner = UserKey.of(user.getKey());
        Texts texts = new Texts(i18n);
        List<CommitmentItemView> items = commitments.ofOwner(viewer.get(), owner, true).stream()
                .map(measured -> new CommitmentItemView(json.toJson(measured), texts))
                .toList();
        ProfileCommitmentsView view = new ProfileCommitmentsView(
                user.getName(), user.getDisplayName(), commitments.canAddFor(viewer.get(), owner), items);
        return view.isHidden() ? Optional.empty() : Optional.of(view);
    }
}
