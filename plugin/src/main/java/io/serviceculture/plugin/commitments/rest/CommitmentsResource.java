package io.serviceculture.plugin.commitments.rest;

import io.serviceculture.core.commitments.CommitmentService;
import io.serviceculture.core.commitments.MeasuredCommitment;
import io.serviceculture.core.commitments.PeriodKind;
import io.serviceculture.core.common.InvalidInputException;
import io.serviceculture.core.people.Feature;
import io.serviceculture.core.people.UserKey;
import io.serviceculture.plugin.commitments.CommitmentUseCases;
import io.serviceculture.plugin.commitments.rest.CommitmentsJson.CheckInInJson;
import io.serviceculture.plugin.commitments.rest.CommitmentsJson.CommitmentInJson;
import io.serviceculture.plugin.commitments.rest.CommitmentsJson.CommitmentJson;
import io.serviceculture.plugin.commitments.rest.CommitmentsJson.CopyJson;
import io.serviceculture.plugin.commitments.rest.CommitmentsJson.HistoryJson;
import io.serviceculture.plugin.people.FeatureGuard;
import io.serviceculture.plugin.rest.CurrentUser;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.OptionalInt;
import javax.inject.Inject;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import org.jspecify.annotations.Nullable;

/**
 * Service commitments. Unannotated, so REST v2 lets licensed users in only; every call is then checked by the
 * core's rules for the caller: a commitment they may not read answers 404, one they may read but not change 403.
 */
@Path("/commitments")
@Produces(MediaType.APPLICATION_JSON)
public class CommitmentsResource {
    private final CommitmentService commitments;
    private final CommitmentsJsonMapper json;
    private final CurrentUser currentUser;
    private final FeatureGuard guard;

    @Inject
    public CommitmentsResource(
            CommitmentUseCases useCases, CommitmentsJsonMapper json, CurrentUser currentUser, FeatureGuard guard) {
        this.commitments = useCases.service();
        this.json = json;
        this.currentUser = currentUser;
        this.guard = guard;
    }

    /** The owner's commitments the caller may read (the caller's own without {@code owner}); {@code current=true}: this period's. */
    @GET
    public List<CommitmentJson> list(
            @QueryParam("owner") @Nullable String owner, @QueryParam("current") @Nullable String current) {
        UserKey caller = caller();
        UserKey person = owner == null || owner.isBlank() ? caller : json.person(owner, "owner");
        return commitments.ofOwner(caller, person, "true".equalsIgnoreCase(current)).stream()
                .map(json::toJson)
                .toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@Nullable CommitmentInJson body) {
        UserKey caller = caller();
        MeasuredCommitment created = commitments.create(caller, json.toDraft(body, caller));
        return Response.created(URI.create("commitments/" + created.commitment().id()))
                .entity(json.toJson(created))
                .build();
    }

    @GET
    @Path("/{id}")
    public CommitmentJson one(@PathParam("id") String id) {
        UserKey caller = caller();
        return json.toJson(commitments.get(caller, id(id)));
    }

    /** Rewrites the commitment as a new revision; a sign-off given before no longer counts. */
    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public CommitmentJson edit(@PathParam("id") String id, @Nullable CommitmentInJson body) {
        UserKey caller = caller();
        long commitmentId = id(id);
        // the owner stays as it is unless the body names another, which the rules refuse
        UserKey owner = commitments.get(caller, commitmentId).commitment().owner();
        CommitmentInJson withOwner = body == null
                        || (body.owner() != null && !body.owner().isBlank())
                ? body
                : new CommitmentInJson(owner.value(), body.period(), body.text(), body.target(), body.visibility());
        return json.toJson(commitments.edit(caller, commitmentId, json.toDraft(withOwner, caller)));
    }

    @DELETE
    @Path("/{id}")
    public Response delete(@PathParam("id") String id) {
        UserKey caller = caller();
        commitments.delete(caller, id(id));
        return Response.noContent().build();
    }

    @GET
    @Path("/{id}/check-ins")
    public List<CommitmentsJson.CheckInJson> checkIns(@PathParam("id") String id) {
        UserKey caller = caller();
        return json.toJson(commitments.get(caller, id(id))).checkIns();
    }

    @POST
    @Path("/{id}/check-ins")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response checkIn(@PathParam("id") String id, @Nullable CheckInInJson body) {
        UserKey caller = caller();
        if (body == null) {
            throw new InvalidInputException("service-culture.commitments.error.body-missing");
        }
        MeasuredCommitment updated = commitments.checkIn(
                caller,
                id(id),
                body.note() == null ? "" : body.note(),
                body.progress() == null ? OptionalInt.empty() : OptionalInt.of(body.progress()));
        return Response.status(Response.Status.CREATED)
                .entity(json.toJson(updated))
                .build();
    }

    /** The caller, as the owner's manager, signs the commitment off as it reads now. */
    @POST
    @Path("/{id}/sign-off")
    public CommitmentJson signOff(@PathParam("id") String id) {
        UserKey caller = caller();
        return json.toJson(commitments.signOff(caller, id(id)));
    }

    @GET
    @Path("/{id}/history")
    public List<HistoryJson> history(@PathParam("id") String id) {
        UserKey caller = caller();
        return commitments.history(caller, id(id)).stream().map(json::toJson).toList();
    }

    /** Copies the owner's commitments of the previous quarter, half or year into the current one. */
    @POST
    @Path("/copy")
    @Consumes(MediaType.APPLICATION_JSON)
    public List<CommitmentJson> copy(@Nullable CopyJson body) {
        UserKey caller = caller();
        UserKey owner = body == null || body.owner() == null || body.owner().isBlank()
                ? caller
                : json.person(body.owner(), "owner");
        PeriodKind kind = CommitmentsJsonMapper.enumOf(
                PeriodKind.class, body == null ? null : body.kind(), "kind", PeriodKind.QUARTER);
        return commitments.copyPrevious(caller, owner, kind).stream()
                .map(json::toJson)
                .toList();
    }

    /** This period's commitments of everyone the caller manages; 403 for someone who manages nobody. */
    @GET
    @Path("/team")
    public List<CommitmentJson> team() {
        return team(caller());
    }

    /** The team view as CSV (RFC 4180, UTF-8), cells that a spreadsheet would run as a formula made inert. */
    @GET
    @Path("/team.csv")
    // JSON too, so that a refusal reaches a client that asked for JSON in the one error shape
    @Produces({"text/csv", MediaType.APPLICATION_JSON})
    public Response teamCsv() {
        UserKey caller = caller();
        String csv = TeamCsv.write(team(caller));
        return Response.ok(csv.getBytes(StandardCharsets.UTF_8), "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"team-commitments.csv\"")
                .build();
    }

    private List<CommitmentJson> team(UserKey caller) {
        return commitments.team(caller).stream().map(json::toJson).toList();
    }

    private UserKey caller() {
        guard.require(Feature.COMMITMENTS);
        return currentUser.require();
    }

    private static long id(String text) {
        try {
            long id = Long.parseLong(text.strip());
            if (id < 1 || id > Integer.MAX_VALUE) {
                throw new InvalidInputException("service-culture.rest.error.number.range", "id", 1, Integer.MAX_VALUE);
            }
            return id;
        } catch (NumberFormatException e) {
            throw new InvalidInputException("service-culture.rest.error.number.invalid", "id");
        }
    }
}
