package io.serviceculture.plugin.standards.rest;

import com.atlassian.plugins.rest.api.security.annotation.AdminOnly;
import io.serviceculture.core.common.InvalidInputException;
import io.serviceculture.core.people.Feature;
import io.serviceculture.core.people.TeamKey;
import io.serviceculture.core.people.UserKey;
import io.serviceculture.core.standards.Attainment;
import io.serviceculture.core.standards.AttainmentGrouping;
import io.serviceculture.core.standards.CycleQuery;
import io.serviceculture.core.standards.MatchingRule;
import io.serviceculture.core.standards.Metric;
import io.serviceculture.core.standards.ServiceStandard;
import io.serviceculture.core.standards.StandardId;
import io.serviceculture.core.standards.StandardsService;
import io.serviceculture.plugin.people.FeatureGuard;
import io.serviceculture.plugin.people.PeopleAudit;
import io.serviceculture.plugin.standards.StandardsJson.StandardJson;
import io.serviceculture.plugin.standards.StandardsJson.VersionJson;
import io.serviceculture.plugin.standards.StandardsJsonMapper;
import io.serviceculture.plugin.standards.StandardsUseCases;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.inject.Inject;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import org.jspecify.annotations.Nullable;

/**
 * Service standards and their versions. Licensed users read them; administrators create them, publish versions
 * (never in the past, so recorded results keep their meaning; both audited) and read attainment.
 */
@Path("/standards")
@Produces(MediaType.APPLICATION_JSON)
public class StandardsResource {
    private final StandardsService standards;
    private final StandardsAdmin admin;
    private final FeatureGuard guard;
    private final PeopleAudit audit;
    private final Clock clock;

    @Inject
    public StandardsResource(StandardsUseCases useCases, StandardsAdmin admin, FeatureGuard guard, PeopleAudit audit) {
        this(useCases.service(), admin, guard, audit, Clock.systemUTC());
    }

    StandardsResource(
            StandardsService standards, StandardsAdmin admin, FeatureGuard guard, PeopleAudit audit, Clock clock) {
        this.guard = guard;
        this.standards = standards;
        this.admin = admin;
        this.audit = audit;
        this.clock = clock;
    }

    @GET
    public List<StandardJson> standards() {
        guard.require(Feature.STANDARDS);
        return standards.standards().stream().map(StandardsJsonMapper::toJson).toList();
    }

    /** A new standard: {@code {"id": ..., "versions": [one version]}}; its first version may start at any date. */
    @POST
    @AdminOnly
    @Consumes(MediaType.APPLICATION_JSON)
    public StandardJson create(@Nullable StandardJson body) {
        guard.require(Feature.STANDARDS);
        admin.require();
        StandardJson json = StandardsJsonMapper.required(body, "body");
        List<VersionJson> versions = StandardsJsonMapper.required(json.versions(), "versions");
        if (versions.size() != 1) {
            throw InvalidInputException.onField(
                    "versions", "service-culture.standards.json.error.invalid", "versions", versions.size());
        }
        VersionJson first = versions.get(0);
        Instant effectiveFrom = StandardsJsonMapper.instantOr(first.effectiveFrom(), "effectiveFrom", clock.instant());
        ServiceStandard created = standards.createStandard(
                StandardId.of(StandardsJsonMapper.required(json.id(), "id")),
                StandardsJsonMapper.toVersion(1, effectiveFrom, first));
        audit.record(
                "service-culture.audit.standards.standard-created", created.id().value(), "1");
        return StandardsJsonMapper.toJson(created);
    }

    /** The next version, effective from {@code effectiveFrom} (now when missing), which may not lie in the past. */
    @POST
    @AdminOnly
    @Path("/{id}/versions")
    @Consumes(MediaType.APPLICATION_JSON)
    public StandardJson publish(@PathParam("id") String id, @Nullable VersionJson body) {
        guard.require(Feature.STANDARDS);
        admin.require();
        VersionJson json = StandardsJsonMapper.required(body, "body");
        String name = StandardsJsonMapper.required(json.name(), "name");
        MatchingRule rule = StandardsJsonMapper.toRule(json.rule());
        List<Metric> metrics = StandardsJsonMapper.toMetrics(json.metrics());
        String from = json.effectiveFrom();
        // without a date the version starts now, read once: a second reading would make it start in the past
        ServiceStandard next = from == null || from.isBlank()
                ? standards.publishVersionNow(StandardId.of(id), name, rule, metrics)
                : standards.publishVersion(
                        StandardId.of(id),
                        name,
                        rule,
                        metrics,
                        StandardsJsonMapper.instantOr(from, "effectiveFrom", clock.instant()));
        audit.record(
                "service-culture.audit.standards.version-published",
                next.id().value(),
                next.latest().number() + " @ " + next.latest().effectiveFrom());
        return StandardsJsonMapper.toJson(next);
    }

    /** Attainment over recorded cycles, filtered and grouped ({@code by}: standard, project, team, assignee, month). */
    @GET
    @AdminOnly
    @Path("/attainment")
    public List<AttainmentJson> attainment(
            @QueryParam("standard") @Nullable String standard,
            @QueryParam("project") @Nullable String project,
            @QueryParam("team") @Nullable String team,
            @QueryParam("assignee") @Nullable String assignee,
            @QueryParam("from") @Nullable String from,
            @QueryParam("to") @Nullable String to,
            @QueryParam("by") @Nullable String by) {
        guard.require(Feature.STANDARDS);
        admin.require();
        CycleQuery query = CycleQuery.all();
        if (standard != null && !standard.isBlank()) {
            query = query.standard(StandardId.of(standard));
        }
        if (project != null && !project.isBlank()) {
            query = query.project(project.strip());
        }
        if (team != null && !team.isBlank()) {
            query = query.team(TeamKey.of(team.strip()));
        }
        if (assignee != null && !assignee.isBlank()) {
            query = query.assignee(UserKey.of(assignee.strip()));
        }
        if (from != null || to != null) {
            query = query.period(
                    StandardsJsonMapper.instantOr(StandardsJsonMapper.required(from, "from"), "from", Instant.EPOCH),
                    StandardsJsonMapper.instantOr(StandardsJsonMapper.required(to, "to"), "to", Instant.EPOCH));
        }
        AttainmentGrouping grouping = AttainmentGrouping.STANDARD;
        if (by != null && !by.isBlank()) {
            try {
                grouping = AttainmentGrouping.valueOf(by.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw InvalidInputException.onField("by", "service-culture.standards.json.error.invalid", "by", by);
            }
        }
        List<AttainmentJson> rows = new ArrayList<>();
        for (Map.Entry<String, Attainment> group :
                standards.attainment(query, grouping).entrySet()) {
            Attainment attainment = group.getValue();
            rows.add(new AttainmentJson(
                    group.getKey(),
                    attainment.met(),
                    attainment.completed(),
                    attainment.ratio().isPresent() ? attainment.ratio().getAsDouble() : null));
        }
        return rows;
    }

    /** One group of an attainment report; {@code ratio} is null when no cycle completed. */
    public record AttainmentJson(String key, long met, long completed, @Nullable Double ratio) {}
}
