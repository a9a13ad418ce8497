package io.serviceculture.plugin.kudos.web;

import io.serviceculture.core.kudos.KudosPreferences;
import io.serviceculture.core.people.Feature;
import io.serviceculture.core.people.UserKey;
import io.serviceculture.plugin.kudos.persistence.AoKudosPreferences;
import io.serviceculture.plugin.mail.MailPreferences;
import io.serviceculture.plugin.mail.MailTopic;
import io.serviceculture.plugin.people.FeatureGuard;
import io.serviceculture.plugin.web.Pages;
import io.serviceculture.plugin.web.Pages.Audience;
import java.io.IOException;
import java.util.Optional;
import javax.inject.Inject;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * A person's recognition settings ({@code /plugins/servlet/service-culture/kudos-settings}), linked from their
 * profile: leave leaderboards, show my counts to everyone, the kudos mails I want. The page's script saves through
 * {@code PUT /kudos/preferences}; only the signed-in person's own settings are ever shown.
 */
public class KudosSettingsServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    static final String TEMPLATE = "templates/kudos/settings-page.vm";

    private final transient Pages pages;
    private final transient AoKudosPreferences preferences;
    private final transient FeatureGuard guard;
    private final transient MailPreferences mail;

    @Inject
    public KudosSettingsServlet(Pages pages, AoKudosPreferences preferences, FeatureGuard guard, MailPreferences mail) {
        this.mail = mail;
        this.pages = pages;
        this.preferences = preferences;
        this.guard = guard;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<UserKey> viewer = pages.viewer(request, response, guard.isOn(Feature.KUDOS), Audience.SIGNED_IN);
        if (viewer.isEmpty()) {
            return;
        }
        KudosPreferences mine = preferences.preferencesOf(viewer.get());
        pages.render(
                response,
                RecognitionServlet.RESOURCES,
                TEMPLATE,
                new KudosSettingsView(
                        mine.leaderboardOptOut(),
                        mine.showCounts(),
                        !mail.isOptedOut(viewer.get(), MailTopic.KUDOS_RECEIVED),
                        !mail.isOptedOut(viewer.get(), MailTopic.KUDOS_HIDDEN)));
    }
}
