package io.serviceculture.plugin.people.rest;

import com.atlassian.plugins.rest.api.security.annotation.AdminOnly;
import com.atlassian.sal.api.message.I18nResolver;
import io.serviceculture.core.common.InvalidInputException;
import io.serviceculture.core.people.Feature;
import io.serviceculture.core.people.ImportError;
import io.serviceculture.plugin.people.JiraDirectory;
import io.serviceculture.plugin.people.PeopleAdministration;
import io.serviceculture.plugin.people.PeopleAdministration.ReportingLinesRejected;
import io.serviceculture.plugin.people.PeopleSettings;
import io.serviceculture.plugin.people.persistence.AoManagers;
import io.serviceculture.plugin.people.rest.PeopleJson.GroupJson;
import io.serviceculture.plugin.people.rest.PeopleJson.ImportErrorsJson;
import io.serviceculture.plugin.people.rest.PeopleJson.ImportedJson;
import io.serviceculture.plugin.people.rest.PeopleJson.LeadsJson;
import io.serviceculture.plugin.people.rest.PeopleJson.PrimaryTeamJson;
import io.serviceculture.plugin.people.rest.PeopleJson.ReportingLinesJson;
import io.serviceculture.plugin.people.rest.PeopleJson.RestrictionJson;
import io.serviceculture.plugin.people.rest.PeopleJson.SettingsJson;
import io.serviceculture.plugin.people.rest.PeopleJson.SwitchJson;
import io.serviceculture.plugin.rest.CurrentUser;
import java.io.Serializable;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.inject.Inject;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import org.jspecify.annotations.Nullable;

/**
 * The admin's settings of the people directory. REST v2 lets only Jira admins in, and every use case checks it
 * again on the server. Bodies are JSON, which Jira's XSRF check lets through.
 */
@AdminOnly
@Path("/admin/people")
@Produces(MediaType.APPLICATION_JSON)
public class PeopleAdminResource {
    private final PeopleAdministration admin;
    private final PeopleSettings settings;
    private final AoManagers managers;
    private final JiraDirectory directory;
    private final CurrentUser currentUser;
    private final I18nResolver i18n;

    @Inject
    public PeopleAdminResource(
            PeopleAdministration admin,
            PeopleSettings settings,
            AoManagers managers,
            JiraDirectory directory,
            CurrentUser currentUser,
            I18nResolver i18n) {
        this.admin = admin;
        this.settings = settings;
        this.managers = managers;
        this.directory = directory;
        this.currentUser = currentUser;
        this.i18n = i18n;
    }

    @GET
    public SettingsJson settings() {
        admin.requireAdmin(currentUser.require());
        Map<String, Boolean> features = new LinkedHashMap<>();
        for (Feature feature : Feature.values()) {
            features.put(feature.id(), settings.isEnabled(feature));
        }
        return new SettingsJson(
                TeamsResource.teams(settings, managers, directory),
                settings.hrGroup(),
                features,
                settings.personFiguresRestricted());
    }

    @POST
    @Path("/teams")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response markTeam(@Nullable GroupJson body) {
        admin.markTeam(currentUser.require(), required(body, body == null ? null : body.group(), "group"));
        return Response.noContent().build();
    }

    @DELETE
    @Path("/teams/{group}")
    public Response unmarkTeam(@PathParam("group") String group) {
        admin.unmarkTeam(currentUser.require(), group);
        return Response.noContent().build();
    }

    @PUT
    @Path("/teams/{group}/leads")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response setLeads(@PathParam("group") String group, @Nullable LeadsJson body) {
        List<String> leads = body == null ? null : body.leads();
        if (leads == null) {
            throw InvalidInputException.onField("leads", "service-culture.people.error.field-missing", "leads");
        }
        admin.setTeamLeads(currentUser.require(), group, leads);
        return Response.noContent().build();
    }

    @PUT
    @Path("/primary-team")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response setPrimaryTeam(@Nullable PrimaryTeamJson body) {
        String user = required(body, body == null ? null : body.user(), "user");
        admin.setPrimaryTeam(currentUser.require(), user, Optional.ofNullable(body == null ? null : body.team()));
        return Response.noContent().build();
    }

    @PUT
    @Path("/hr-group")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response setHrGroup(@Nullable GroupJson body) {
        admin.setHrGroup(currentUser.require(), required(body, body == null ? null : body.group(), "group"));
        return Response.noContent().build();
    }

    @PUT
    @Path("/features/{feature}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response setFeature(@PathParam("feature") String feature, @Nullable SwitchJson body) {
        Boolean enabled = body == null ? null : body.enabled();
        if (enabled == null) {
            throw InvalidInputException.onField("enabled", "service-culture.people.error.field-missing", "enabled");
        }
        admin.setFeatureEnabled(currentUser.require(), feature, enabled);
        return Response.noContent().build();
    }

    @PUT
    @Path("/person-figures")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response setPersonFiguresRestricted(@Nullable RestrictionJson body) {
        Boolean restricted = body == null ? null : body.restricted();
        if (restricted == null) {
            throw InvalidInputException.onField(
                    "restricted", "service-culture.people.error.field-missing", "restricted");
        }
        admin.setPersonFiguresRestricted(currentUser.require(), restricted);
        return Response.noContent().build();
    }

    /** Replaces every reporting line, or answers 400 with each refused row's line, key and message. */
    @POST
    @Path("/reporting-lines")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response importReportingLines(@Nullable ReportingLinesJson body) {
        String encoded = required(body, body == null ? null : body.file(), "file");
        byte[] file;
        try {
            file = Base64.getDecoder().decode(encoded.strip());
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.onField("file", "service-culture.people.error.file-encoding");
        }
        try {
            int lines = admin.importReportingLines(currentUser.require(), file);
            return Response.ok(new ImportedJson(lines)).build();
        } catch (ReportingLinesRejected rejected) {
            return Response.status(Response.Status.BAD_REQUEST)
                    .type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(new ImportErrorsJson(
                            rejected.errors().stream().map(this::item).toList()))
                    .build();
        }
    }

    private ImportErrorsJson.Item item(ImportError error) {
        Serializable[] arguments =
                error.arguments().stream().map(String::valueOf).toArray(Serializable[]::new);
        return new ImportErrorsJson.Item(
                error.messageKey(), i18n.getText(error.messageKey(), arguments), "file", error.line());
    }

    private static String required(@Nullable Object body, @Nullable String value, String field) {
        if (body == null) {
            throw new InvalidInputException("service-culture.people.error.body-missing");
        }
        if (value == null || value.isBlank()) {
            throw InvalidInputException.onField(field, "service-culture.people.error.field-missing", field);
        }
        return value;
    }
}
