package io.serviceculture.plugin.kudos.web;

import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.plugin.web.api.model.WebPanel;
import io.serviceculture.core.kudos.CompanyValue;
import io.serviceculture.core.kudos.KudosQuery;
import io.serviceculture.core.kudos.KudosReader;
import io.serviceculture.core.kudos.KudosStatisticsPort;
import io.serviceculture.core.kudos.Receiver;
import io.serviceculture.core.people.Feature;
import io.serviceculture.core.people.UserKey;
import io.serviceculture.plugin.kudos.KudosUseCases;
import io.serviceculture.plugin.kudos.persistence.AoCompanyValues;
import io.serviceculture.plugin.kudos.persistence.AoKudosPreferences;
import io.serviceculture.plugin.kudos.rest.KudosJsonMapper;
import io.serviceculture.plugin.people.FeatureGuard;
import io.serviceculture.plugin.people.Readers;
import io.serviceculture.plugin.rest.CurrentUser;
import io.serviceculture.plugin.web.Templates;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.inject.Inject;

/**
 * Kudos on a user profile ({@code webpanels.user.profile.summary.custom}, context {@code profileUser}): the
 * latest kudos the viewer may see, counts by value for those allowed to see them, and a "Give kudos" button.
 */
public class ProfileKudosPanel implements WebPanel {
    static final String TEMPLATE = "templates/kudos/profile-panel.vm";
    static final int RECENT = 5;

    private final KudosUseCases kudos;
    private final KudosStatisticsPort statistics;
    private final AoCompanyValues values;
    private final KudosJsonMapper json;
    private final CurrentUser currentUser;
    private final Readers readers;
    private final Templates templates;
    private final FeatureGuard guard;
    private final AoKudosPreferences preferences;

    @Inject
    public ProfileKudosPanel(
            KudosUseCases kudos,
            KudosStatisticsPort statistics,
            AoCompanyValues values,
            KudosJsonMapper json,
            CurrentUser currentUser,
            Readers readers,
            Templates templates,
            FeatureGuard guard,
            AoKudosPreferences preferences) {
        this.preferences = preferences;
        this.kudos = kudos;
        this.statistics = statistics;
        this.values = values;
        this.json = json;
        this.currentUser = currentUser;
        this.readers = readers;
        this.templates = templates;
        this.guard = guard;
    }

    @Override
    public String getHtml(Map<String, Object> context) {
        if (!guard.isOn(Feature.KUDOS)) {
            return "";
        }
        return templates.render(TEMPLATE, view(context));
    }

    @Override
    public void writeHtml(Writer writer, Map<String, Object> context) throws IOException {
        if (!guard.isOn(Feature.KUDOS)) {
            return;
        }
        templates.render(TEMPLATE, view(context), writer);
    }

    private ProfileKudosView view(Map<String, Object> context) {
        ApplicationUser profileUser = (ApplicationUser) context.get("profileUser");
        Optional<UserKey> viewer = currentUser.key();
        if (profileUser == null || viewer.isEmpty()) {
            return new ProfileKudosView("", "", false, false, false, List.of(), List.of());
        }
        UserKey person = UserKey.of(profileUser.getKey());
        Receiver receiver = Receiver.person(person);
        KudosReader reader = readers.kudosReader(viewer.get());
        List<KudosItemView> recent =
                json
                        .toJson(kudos.list(KudosQuery.all(RECENT).receivedBy(receiver), reader), viewer.get())
                        .kudos()
                        .stream()
                        .map(KudosItemView::new)
                        .toList();
        // figures are the person's, their manager's and HR's, unless the person chose to show them
        boolean showCounts = reader.canSeeFiguresOf(person)
                || preferences.preferencesOf(person).showCounts();
        List<ValueCountView> counts = new ArrayList<>();
        if (showCounts) {
            Map<String, Integer> byValue = statistics.countReceivedByValue(receiver);
            for (CompanyValue value : values.allValues()) {
                int count = byValue.getOrDefault(value.id(), 0);
                if (count > 0) {
                    counts.add(new ValueCountView(value.name(), count));
                }
            }
        }
        return new ProfileKudosView(
                receiver.id(),
                profileUser.getDisplayName(),
                profileUser.isActive() && !person.equals(viewer.get()),
                person.equals(viewer.get()),
                showCounts,
                counts,
                recent);
    }
}
