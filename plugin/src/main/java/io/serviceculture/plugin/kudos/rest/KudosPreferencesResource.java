package io.serviceculture.plugin.kudos.rest;

import io.serviceculture.core.common.InvalidInputException;
import io.serviceculture.core.kudos.KudosPreferences;
import io.serviceculture.core.people.Feature;
import io.serviceculture.core.people.UserKey;
import io.serviceculture.plugin.kudos.persistence.AoKudosPreferences;
import io.serviceculture.plugin.mail.MailPreferences;
import io.serviceculture.plugin.mail.MailTopic;
import io.serviceculture.plugin.people.FeatureGuard;
import io.serviceculture.plugin.rest.CurrentUser;
import javax.inject.Inject;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import org.jspecify.annotations.Nullable;

/**
 * The caller's own recognition choices ({@code GET}/{@code PUT /kudos/preferences}), including the kudos mail
 * topics of {@link MailPreferences}. Licensed users.
 */
@Path("/kudos/preferences")
@Produces(MediaType.APPLICATION_JSON)
public class KudosPreferencesResource {
    private final AoKudosPreferences preferences;
    private final CurrentUser currentUser;
    private final FeatureGuard guard;
    private final MailPreferences mail;

    @Inject
    public KudosPreferencesResource(
            AoKudosPreferences preferences, CurrentUser currentUser, FeatureGuard guard, MailPreferences mail) {
        this.mail = mail;
        this.preferences = preferences;
        this.currentUser = currentUser;
        this.guard = guard;
    }

    @GET
    public KudosPreferencesJson mine() {
        guard.require(Feature.KUDOS);
        UserKey me = currentUser.require();
        return toJson(me, preferences.preferencesOf(me));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public KudosPreferencesJson change(@Nullable KudosPreferencesJson body) {
        guard.require(Feature.KUDOS);
        UserKey me = currentUser.require();
        if (body == null) {
            throw new InvalidInputException("service-culture.rest.error.body-missing");
        }
        KudosPreferences current = preferences.preferencesOf(me);
        KudosPreferences next = current.withChoices(
                body.leaderboardOptOut() == null ? current.leaderboardOptOut() : body.leaderboardOptOut(),
                body.showCounts() == null ? current.showCounts() : body.showCounts());
        preferences.save(me, next);
        if (body.mailReceived() != null) {
            mail.setOptedOut(me, MailTopic.KUDOS_RECEIVED, !body.mailReceived());
        }
        if (body.mailHidden() != null) {
            mail.setOptedOut(me, MailTopic.KUDOS_HIDDEN, !body.mailHidden());
        }
        return toJson(me, next);
    }

    private KudosPreferencesJson toJson(UserKey me, KudosPreferences preferences) {
        return new KudosPreferencesJson(
                preferences.leaderboardOptOut(),
                preferences.showCounts(),
                !mail.isOptedOut(me, MailTopic.KUDOS_RECEIVED),
                !mail.isOptedOut(me, MailTopic.KUDOS_HIDDEN));
    }
}
