package io.serviceculture.plugin.privacy.rest;

import io.serviceculture.core.commitments.CheckIn;
import io.serviceculture.core.commitments.Commitment;
import io.serviceculture.core.commitments.HistoryEntry;
import io.serviceculture.core.commitments.Target;
import io.serviceculture.core.common.PermissionDeniedException;
import io.serviceculture.core.people.MembershipPeriod;
import io.serviceculture.core.people.Person;
import io.serviceculture.core.people.TeamKey;
import io.serviceculture.core.people.UserKey;
import io.serviceculture.plugin.commitments.persistence.AoCommitmentStore;
import io.serviceculture.plugin.mail.MailPreferences;
import io.serviceculture.plugin.mail.MailTopic;
import io.serviceculture.plugin.people.JiraDirectory;
import io.serviceculture.plugin.people.persistence.AoManagers;
import io.serviceculture.plugin.people.persistence.AoMembershipStore;
import io.serviceculture.plugin.privacy.StoredRows.KudosRow;
import io.serviceculture.plugin.privacy.StoredRows.PreferenceRow;
import io.serviceculture.plugin.privacy.persistence.AoPersonalData;
import io.serviceculture.plugin.privacy.rest.PersonalDataJson.AuditJson;
import io.serviceculture.plugin.privacy.rest.PersonalDataJson.CheckInJson;
import io.serviceculture.plugin.privacy.rest.PersonalDataJson.CommitmentJson;
import io.serviceculture.plugin.privacy.rest.PersonalDataJson.KudosJson;
import io.serviceculture.plugin.privacy.rest.PersonalDataJson.MembershipJson;
import io.serviceculture.plugin.privacy.rest.PersonalDataJson.PersonJson;
import io.serviceculture.plugin.privacy.rest.PersonalDataJson.PreferencesJson;
import io.serviceculture.plugin.privacy.rest.PersonalDataJson.RatingJson;
import io.serviceculture.plugin.privacy.rest.PersonalDataJson.ReactionJson;
import io.serviceculture.plugin.privacy.rest.PersonalDataJson.SignOffJson;
import io.serviceculture.plugin.rest.CurrentUser;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import javax.inject.Inject;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import org.jspecify.annotations.Nullable;

/**
 * {@code GET /me/data}: all the app holds about the caller, as a JSON download. It is only ever the caller's own:
 * naming anyone else with {@code ?user=} is refused, for admins too, since Jira's own tools (user anonymisation,
 * the audit log) serve an admin's legal duties and a copy of someone's recognition history is theirs alone.
 */
@Path("/me/data")
@Produces(MediaType.APPLICATION_JSON)
public class PersonalDataResource {
    static final String NOT_YOURS = "service-culture.privacy.error.not-yours";
    static final int FORMAT_VERSION = 1;

    private final CurrentUser currentUser;
    private final JiraDirectory directory;
    private final AoPersonalData rows;
    private final AoCommitmentStore commitments;
    private final AoMembershipStore memberships;
    private final AoManagers managers;
    private final MailPreferences mail;
    private final Clock clock = Clock.systemUTC();

    @Inject
    public PersonalDataResource(
            CurrentUser currentUser,
            JiraDirectory directory,
            AoPersonalData rows,
            AoCommitmentStore commitments,
            AoMembershipStore memberships,
            AoManagers managers,
            MailPreferences mail) {
        this.currentUser = currentUser;
        this.directory = directory;
        this.rows = rows;
        this.commitments = commitments;
        this.memberships = memberships;
        this.managers = managers;
        this.mail = mail;
    }

    @GET
    public Response download(@QueryParam("user") @Nullable String user) {
        UserKey me = currentUser.require();
        Person person = directory.findPerson(me).orElseThrow(() -> new PermissionDeniedException(NOT_YOURS));
        if (user != null && !user.equals(person.userName()) && !user.equals(me.value())) {
            throw new PermissionDeniedException(NOT_YOURS);
        }
        Instant now = clock.instant();
        List<KudosRow> given = rows.kudosGivenBy(me);
        List<AuditJson> audit = new ArrayList<>();
        for (KudosRow kudos : given) {
            kudos.hidden()
                    .ifPresent(hidden -> audit.add(new AuditJson(
                            hidden.at().toString(), "kudos-hidden", "kudos:" + kudos.id(), "", hidden.reason())));
        }
        List<CommitmentJson> commitmentJsons = new ArrayList<>();
        for (Commitment commitment : commitments.findByOwners(List.of(me))) {
            commitmentJsons.add(toJson(commitment));
            for (HistoryEntry entry : commitments.history(commitment.id())) {
                audit.add(new AuditJson(
                        entry.at().toString(),
                        "commitment-" + entry.action().name().toLowerCase(java.util.Locale.ROOT),
                        "commitment:" + entry.commitmentId(),
                        entry.by().value(),
                        entry.detail()));
            }
        }
        audit.sort(Comparator.comparing(AuditJson::at));
        PreferenceRow preferences = rows.preferencesOf(me).orElse(new PreferenceRow(false, false, 0));
        PersonalDataJson data = new PersonalDataJson(
                FORMAT_VERSION,
                now.toString(),
                new PersonJson(me.value(), person.userName(), person.displayName()),
                given.stream().map(PersonalDataResource::toJson).toList(),
                rows.kudosReceivedBy(me).stream()
                        .map(PersonalDataResource::toJson)
                        .toList(),
                rows.reactionsBy(me).stream()
                        .map(reaction -> new ReactionJson(
                                reaction.kudosId(), reaction.at().toString()))
                        .toList(),
                new PreferencesJson(
                        preferences.leaderboardOptOut(),
                        preferences.showCounts(),
                        preferences.noticesSeenUpTo(),
                        mail.topicsOff(me).stream().map(MailTopic::id).sorted().toList()),
                commitmentJsons,
                rows.ratingsBy(me).stream()
                        .map(rating -> new RatingJson(
                                rating.issueId(),
                                rating.stars(),
                                rating.comment(),
                                rating.createdAt().toString(),
                                rating.updatedAt().toString()))
                        .toList(),
                memberships.periodsOfUsers(List.of(me)).stream()
                        .sorted(Comparator.comparing(MembershipPeriod::from))
                        .map(period -> new MembershipJson(
                                period.team().groupName(),
                                period.from().toString(),
                                period.to().map(Instant::toString).orElse(null)))
                        .toList(),
                Optional.ofNullable(memberships.primaryTeams().get(me))
                        .map(TeamKey::groupName)
                        .orElse(null),
                managers.managerOf(me).map(UserKey::value).orElse(null),
                managers.teamsLedBy(me).stream().map(TeamKey::groupName).toList(),
                audit);
        return Response.ok(data, MediaType.APPLICATION_JSON_TYPE)
                .header(
                        "Content-Disposition",
                        "attachment; filename=\"service-culture-my-data-"
                                + now.toString().substring(0, 10) + ".json\"")
                .build();
    }

    private static KudosJson toJson(KudosRow kudos) {
        return new KudosJson(
                kudos.id(),
                kudos.giverKey(),
                kudos.receivers(),
                kudos.valueId(),
                kudos.message(),
                kudos.issueId().isPresent() ? kudos.issueId().getAsLong() : null,
                kudos.visibility(),
                kudos.givenAt().toString(),
                kudos.hidden().map(hidden -> hidden.at().toString()).orElse(null),
                kudos.hidden().map(hidden -> hidden.reason()).orElse(null),
                kudos.reactions());
    }

    private static CommitmentJson toJson(Commitment commitment) {
        return new CommitmentJson(
                commitment.id(),
                commitment.period().kind().name(),
                commitment.period().start().toString(),
                commitment.period().end().toString(),
                commitment.text(),
                describe(commitment.target()),
                commitment.visibility().name(),
                commitment.revision(),
                commitment
                        .signOff()
                        .map(signOff -> new SignOffJson(
                                signOff.by().value(),
                                signOff.name(),
                                signOff.at().toString(),
                                signOff.revision()))
                        .orElse(null),
                commitment.checkIns().stream().map(PersonalDataResource::toJson).toList());
    }

    private static CheckInJson toJson(CheckIn checkIn) {
        return new CheckInJson(
                checkIn.author().value(),
                checkIn.at().toString(),
                checkIn.note(),
                checkIn.progress().isPresent() ? checkIn.progress().getAsInt() : null);
    }

    /** The target in words a person reads in their download, such as {@code KUDOS_GIVEN AT_LEAST 5.0}. */
    private static String describe(Target target) {
        if (target instanceof Target.Measured measured) {
            return measured.measure().name() + " " + measured.direction().name() + " " + measured.value();
        }
        return "MILESTONES " + String.join(" | ", ((Target.Milestones) target).milestones());
    }
}
