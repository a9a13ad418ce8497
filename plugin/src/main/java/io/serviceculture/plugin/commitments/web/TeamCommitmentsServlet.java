package io.serviceculture.plugin.commitments.web;

import com.atlassian.sal.api.message.I18nResolver;
import io.serviceculture.core.commitments.CommitmentService;
import io.serviceculture.core.common.PermissionDeniedException;
import io.serviceculture.core.people.Feature;
import io.serviceculture.core.people.UserKey;
import io.serviceculture.plugin.commitments.CommitmentUseCases;
import io.serviceculture.plugin.commitments.rest.CommitmentsJsonMapper;
import io.serviceculture.plugin.people.FeatureGuard;
import io.serviceculture.plugin.web.Pages;
import io.serviceculture.plugin.web.Pages.Audience;
import io.serviceculture.plugin.web.Texts;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import javax.inject.Inject;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * The managers' "My team" page ({@code /plugins/servlet/service-culture/commitments/team}): everyone's current
 * commitments and status in a sortable table, with a CSV export. Someone who manages nobody is told so; the data
 * itself comes only from the use case, which refuses them.
 */
public class TeamCommitmentsServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    static final String TEMPLATE = "templates/commitments/team-page.vm";
    static final String RESOURCES = "io.serviceculture.jira:commitments-resources";

    private final transient Pages pages;
    private final transient CommitmentService commitments;
    private final transient CommitmentsJsonMapper json;
    private final transient I18nResolver i18n;
    private final transient FeatureGuard guard;

    @Inject
    public TeamCommitmentsServlet(
            Pages pages,
            CommitmentUseCases useCases,
            CommitmentsJsonMapper json,
            I18nResolver i18n,
            FeatureGuard guard) {
        this.pages = pages;
        this.commitments = useCases.service();
        this.json = json;
        this.i18n = i18n;
        this.guard = guard;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<UserKey> viewer = pages.viewer(request, response, guard.isOn(Feature.COMMITMENTS), Audience.SIGNED_IN);
        if (viewer.isEmpty()) {
            return;
        }
        TeamCommitmentsView view;
        try {
            Texts texts = new Texts(i18n);
            view = new TeamCommitmentsView(
                    true,
                    commitments.team(viewer.get()).stream()
                            .map(measured -> new CommitmentItemView(json.toJson(measured), texts))
                            .toList());
        } catch (PermissionDeniedException notAManager) {
            view = new TeamCommitmentsView(false, List.of());
        }
        pages.render(response, RESOURCES, TEMPLATE, view);
    }
}
