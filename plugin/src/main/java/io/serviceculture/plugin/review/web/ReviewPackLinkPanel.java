package io.serviceculture.plugin.review.web;

import com.atlassian.jira.user.ApplicationUser;
import io.serviceculture.core.people.UserKey;
import io.serviceculture.plugin.rest.CurrentUser;
import io.serviceculture.plugin.review.ReviewPacks;
import io.serviceculture.plugin.web.TemplatedPanel;
import io.serviceculture.plugin.web.Templates;
import java.util.Map;
import java.util.Optional;
import javax.inject.Inject;

/**
 * The link to a person's review pack on their profile ({@code webpanels.user.profile.summary.custom}, context
 * {@code profileUser}), shown only to those who may open it: the person, their manager, HR and admins.
 */
public class ReviewPackLinkPanel extends TemplatedPanel<ReviewPackLinkView> {
    static final String TEMPLATE = "templates/review/profile-link.vm";

    private final ReviewPacks packs;
    private final CurrentUser currentUser;

    @Inject
    public ReviewPackLinkPanel(ReviewPacks packs, CurrentUser currentUser, Templates templates) {
        super(templates, TEMPLATE);
        this.packs = packs;
        this.currentUser = currentUser;
    }

    @Override
    protected Optional<ReviewPackLinkView> view(Map<String, Object> context) {
        Object profileUser = context.get("profileUser");
        Optional<UserKey> viewer = currentUser.key();
        if (!(profileUser instanceof ApplicationUser user) || viewer.isEmpty()) {
            return Optional.empty();
        }
        if (!packs.mayOpen(viewer.get(), UserKey.of(user.getKey()))) {
            return Optional.empty();
        }
        return Optional.of(new ReviewPackLinkView(user.getName()));
    }
}
