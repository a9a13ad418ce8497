package io.serviceculture.plugin.config.rest;

import com.atlassian.plugins.rest.api.security.annotation.AdminOnly;
import io.serviceculture.core.common.InvalidInputException;
import io.serviceculture.core.config.AppConfiguration;
import io.serviceculture.core.config.ConfigurationImportService;
import io.serviceculture.core.retention.RetentionPolicy;
import io.serviceculture.plugin.config.ConfigurationUseCases;
import io.serviceculture.plugin.config.rest.ConfigurationJson.DiffJson;
import io.serviceculture.plugin.config.rest.ConfigurationJson.RetentionJson;
import io.serviceculture.plugin.people.PeopleAdministration;
import io.serviceculture.plugin.people.PeopleAudit;
import io.serviceculture.plugin.rest.CurrentUser;
import io.serviceculture.plugin.retention.RetentionSettings;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import javax.inject.Inject;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import org.jspecify.annotations.Nullable;

/**
 * The whole configuration as one JSON document, for Jira admins: export it, preview what importing a document
 * would change, and apply it all or nothing. The document is read as text so that every error names its JSON
 * path. REST v2 lets only admins in, and each call checks it again on the server.
 */
@AdminOnly
@Path("/admin/config")
@Produces(MediaType.APPLICATION_JSON)
public class ConfigurationResource {
    static final String AUDIT_RETENTION = "service-culture.audit.retention.set";

    private final ConfigurationUseCases useCases;
    private final PeopleAdministration admin;
    private final CurrentUser currentUser;
    private final RetentionSettings retention;
    private final PeopleAudit audit;
    private final Clock clock;

    @Inject
    public ConfigurationResource(
            ConfigurationUseCases useCases,
            PeopleAdministration admin,
            CurrentUser currentUser,
            RetentionSettings retention,
            PeopleAudit audit) {
        this.useCases = useCases;
        this.admin = admin;
        this.currentUser = currentUser;
        this.retention = retention;
        this.audit = audit;
        this.clock = Clock.systemUTC();
    }

    @GET
    public Response export() {
        admin.requireAdmin(currentUser.require());
        Instant now = clock.instant();
        String document = ConfigurationJsonMapper.write(
                ConfigurationJsonMapper.toJson(service().export(), useCases.directory(), now));
        String file = "service-culture-config-" + now.atOffset(ZoneOffset.UTC).toLocalDate() + ".json";
        return Response.ok(document, MediaType.APPLICATION_JSON_TYPE)
                .header("Content-Disposition", "attachment; filename=\"" + file + "\"")
                .build();
    }

    @POST
    @Path("/preview")
    @Consumes(MediaType.APPLICATION_JSON)
    public DiffJson preview(@Nullable String body) {
        admin.requireAdmin(currentUser.require());
        return ConfigurationJsonMapper.toJson(service().preview(read(body)), false);
    }

    @POST
    @Path("/apply")
    @Consumes(MediaType.APPLICATION_JSON)
    public DiffJson apply(@Nullable String body) {
        var actor = currentUser.require();
        admin.requireAdmin(actor);
        return ConfigurationJsonMapper.toJson(service().apply(actor, read(body)), true);
    }

    @GET
    @Path("/retention")
    public RetentionJson retention() {
        admin.requireAdmin(currentUser.require());
        return new RetentionJson(retention.policy().months());
    }

    /** Sets the retention limit alone; {@code 0} turns retention off. Audited. */
    @PUT
    @Path("/retention")
    @Consumes(MediaType.APPLICATION_JSON)
    public RetentionJson setRetention(@Nullable RetentionJson body) {
        var actor = currentUser.require();
        admin.requireAdmin(actor);
        if (body == null || body.months() == null) {
            throw InvalidInputException.onField("months", ConfigurationJsonMapper.MISSING, "months");
        }
        RetentionPolicy policy = new RetentionPolicy(body.months());
        retention.setPolicy(policy);
        audit.record(AUDIT_RETENTION, "retention", String.valueOf(policy.months()));
        return new RetentionJson(retention.policy().months());
    }

    private AppConfiguration read(@Nullable String body) {
        if (body == null || body.isBlank()) {
            throw InvalidInputException.onField("$", ConfigurationJsonMapper.NOT_JSON);
        }
        return ConfigurationJsonMapper.toConfiguration(ConfigurationJsonMapper.parse(body), useCases.directory());
    }

    private ConfigurationImportService service() {
        return useCases.service();
    }
}
