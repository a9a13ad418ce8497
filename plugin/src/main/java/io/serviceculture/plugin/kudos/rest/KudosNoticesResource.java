package io.serviceculture.plugin.kudos.rest;

import com.atlassian.sal.api.message.I18nResolver;
import io.serviceculture.core.common.InvalidInputException;
import io.serviceculture.core.kudos.KudosNotices;
import io.serviceculture.core.people.Feature;
import io.serviceculture.core.people.UserKey;
import io.serviceculture.plugin.kudos.KudosUseCases;
import io.serviceculture.plugin.people.FeatureGuard;
import io.serviceculture.plugin.rest.CurrentUser;
import java.io.Serializable;
import javax.inject.Inject;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import org.jspecify.annotations.Nullable;

/** The caller's "you received kudos" notice, read on each page view and dismissed once seen. Licensed users. */
@Path("/kudos/notices")
@Produces(MediaType.APPLICATION_JSON)
public class KudosNoticesResource {
    private final KudosUseCases kudos;
    private final CurrentUser currentUser;
    private final KudosJsonMapper json;
    private final FeatureGuard guard;
    private final I18nResolver i18n;

    @Inject
    public KudosNoticesResource(
            KudosUseCases kudos, CurrentUser currentUser, KudosJsonMapper json, FeatureGuard guard, I18nResolver i18n) {
        this.i18n = i18n;
        this.kudos = kudos;
        this.currentUser = currentUser;
        this.json = json;
        this.guard = guard;
    }

    @GET
    public KudosNoticesJson unseen() {
        guard.require(Feature.KUDOS);
        UserKey me = currentUser.require();
        KudosNotices notices = kudos.unseenNotices(me);
        String count = notices.kudos().size() + (notices.more() ? "+" : "");
        return new KudosNoticesJson(
                json.toJson(notices.kudos(), me),
                notices.more(),
                notices.newestId(),
                i18n.getText("service-culture.kudos.notice.title", new Serializable[] {count}),
                i18n.getText("service-culture.kudos.notice.view"),
                i18n.getText("service-culture.kudos.notice.dismiss"));
    }

    @POST
    @Path("/seen")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response seen(KudosNoticesJson.@Nullable SeenJson body) {
        guard.require(Feature.KUDOS);
        UserKey me = currentUser.require();
        if (body == null || body.upTo() == null || body.upTo() < 0) {
            throw InvalidInputException.onField("upTo", "service-culture.kudos.error.notices.up-to");
        }
        kudos.dismissNotices(me, body.upTo());
        return Response.noContent().build();
    }
}
