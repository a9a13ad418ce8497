package io.serviceculture.core.kudos;

import io.serviceculture.core.common.ConflictException;
import io.serviceculture.core.common.DomainException;
import io.serviceculture.core.common.InvalidInputException;
import io.serviceculture.core.common.NotFoundException;
import io.serviceculture.core.common.PermissionDeniedException;
import io.serviceculture.core.issues.IssueVisibilityPort;
import io.serviceculture.core.kudos.SaveKudosPort.DuplicateRequest;
import io.serviceculture.core.kudos.SaveKudosPort.SaveOutcome;
import io.serviceculture.core.kudos.SaveKudosPort.Saved;
import io.serviceculture.core.people.DirectoryPort;
import io.serviceculture.core.people.Person;
import io.serviceculture.core.people.UserKey;
import java.time.Clock;
import java.time.Instant;

/** The rules of giving kudos, over ports for the directory, the values and the kudos store. */
public final class GiveKudosService implements GiveKudosUseCase {
    private final LoadKudosPort loadKudos;
    private final SaveKudosPort saveKudos;
    private final LoadCompanyValuesPort values;
    private final LoadKudosSettingsPort settings;
    private final DirectoryPort directory;
    private final IssueVisibilityPort issueVisibility;
    private final Clock clock;
    private final KudosEventsPort events;

    public GiveKudosService(
            LoadKudosPort loadKudos,
            SaveKudosPort saveKudos,
            LoadCompanyValuesPort values,
            LoadKudosSettingsPort settings,
            DirectoryPort directory,
            IssueVisibilityPort issueVisibility,
            Clock clock) {
        this(loadKudos, saveKudos, values, settings, directory, issueVisibility, clock, KudosEventsPort.NONE);
    }

    /** @param events told of each kudos newly stored, never of a retried request */
    public GiveKudosService(
            LoadKudosPort loadKudos,
            SaveKudosPort saveKudos,
            LoadCompanyValuesPort values,
            LoadKudosSettingsPort settings,
            DirectoryPort directory,
            IssueVisibilityPort issueVisibility,
            Clock clock,
            KudosEventsPort events) {
        this.events = events;
        this.loadKudos = loadKudos;
        this.saveKudos = saveKudos;
        this.values = values;
        this.settings = settings;
        this.directory = directory;
        this.issueVisibility = issueVisibility;
        this.clock = clock;
    }

    /**
     * A repeated request is answered with the kudos its first attempt stored, whatever has changed since. It is
     * rare, so it costs no read up front: the store's unique request key refuses its insert, and any refusal of a
     * request first looks for an earlier kudos under its id.
     */
    @Override
    public Kudos give(GiveKudosCommand command) {
        try {
            return giveNew(command);
        } catch (DomainException refused) {
            return loadKudos
                    .findByClientRequest(command.giver(), command.clientRequestId())
                    .orElseThrow(() -> refused);
        }
    }

    private Kudos giveNew(GiveKudosCommand command) {
        Person giver = directory
                .findPerson(command.giver())
                .filter(Person::active)
                .orElseThrow(() -> new PermissionDeniedException("service-culture.kudos.error.giver.inactive"));
        command.receivers().forEach(receiver -> checkReceiver(command.giver(), receiver));
        if (values.findValue(command.valueId()).filter(CompanyValue::active).isEmpty()) {
            throw InvalidInputException.onField(
                    "value", "service-culture.kudos.error.value.unknown", command.valueId());
        }
        if (command.issueId().isPresent()
                && !issueVisibility.canBrowse(giver.key(), command.issueId().getAsLong())) {
            throw NotFoundException.onField("issue", "service-culture.kudos.error.issue.unknown");
        }
        return store(command, giver);
    }

    private void checkReceiver(UserKey giver, Receiver receiver) {
        if (receiver instanceof Receiver.PersonReceiver person) {
            if (person.user().equals(giver)) {
                throw InvalidInputException.onField("receivers", "service-culture.kudos.error.self");
            }
            if (directory.findPerson(person.user()).filter(Person::active).isEmpty()) {
                throw InvalidInputException.onField(
                        "receivers", "service-culture.kudos.error.receiver.inactive", person.user());
            }
        } else if (receiver instanceof Receiver.TeamReceiver team
                && directory.findTeam(team.team()).isEmpty()) {
            throw InvalidInputException.onField(
                    "receivers", "service-culture.kudos.error.receiver.unknown-team", team.team());
        }
    }

    /**
     * Tries the free allowance slots in order. A slot taken by a concurrent request only moves us to the next
     * one; the database's unique slot key, not this loop, is what keeps the allowance exact.
     */
    private Kudos store(GiveKudosCommand command, Person giver) {
        Instant now = clock.instant();
        IsoWeek week = IsoWeek.of(now, giver.timeZone());
        int allowance = settings.kudosSettings().weeklyAllowance();
        NewKudos kudos = NewKudos.from(command, now);
        for (int slot = loadKudos.countSlotsUsed(giver.key(), week) + 1; slot <= allowance; slot++) {
            SaveOutcome outcome = saveKudos.save(kudos, new AllowanceSlot(giver.key(), week, slot));
            if (outcome instanceof Saved saved) {
                events.given(saved.kudos());
                return saved.kudos();
            }
            if (outcome instanceof DuplicateRequest) {
                return loadKudos
                        .findByClientRequest(command.giver(), command.clientRequestId())
                        .orElseThrow(() -> new IllegalStateException("duplicate request without a row"));
            }
            // SlotTaken: a concurrent request won this slot; try the next
        }
        throw new ConflictException("service-culture.kudos.error.allowance.exceeded", allowance);
    }
}
