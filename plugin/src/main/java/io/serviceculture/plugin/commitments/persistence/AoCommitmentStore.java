package io.serviceculture.plugin.commitments.persistence;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.serviceculture.core.commitments.CheckIn;
import io.serviceculture.core.commitments.Commitment;
import io.serviceculture.core.commitments.CommitmentDraft;
import io.serviceculture.core.commitments.CommitmentStorePort;
import io.serviceculture.core.commitments.CommitmentVisibility;
import io.serviceculture.core.commitments.Direction;
import io.serviceculture.core.commitments.HistoryEntry;
import io.serviceculture.core.commitments.MeasureKind;
import io.serviceculture.core.commitments.Period;
import io.serviceculture.core.commitments.PeriodKind;
import io.serviceculture.core.commitments.SignOff;
import io.serviceculture.core.commitments.Target;
import io.serviceculture.core.common.NotFoundException;
import io.serviceculture.core.people.TeamKey;
import io.serviceculture.core.people.UserKey;
import io.serviceculture.core.standards.StandardId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import javax.inject.Inject;
import javax.inject.Named;
import net.java.ao.Query;

/** Commitments in {@code COMMITMENT}, their check-ins in {@code COMMIT_CHECKIN}, history in {@code COMMIT_LOG}. */
@Named
public class AoCommitmentStore implements CommitmentStorePort {
    private final ActiveObjects ao;

    @Inject
    public AoCommitmentStore(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public Commitment create(CommitmentDraft draft, UserKey by, Instant at) {
        return ao.executeInTransaction(() -> {
            Map<String, Object> columns = new HashMap<>();
            columns.put(CommitmentAO.COLUMN_OWNER_KEY, draft.owner().value());
            columns.put(CommitmentAO.COLUMN_REVISION, 1);
            columns.put(CommitmentAO.COLUMN_SIGNED_REVISION, 0);
            columns.put(CommitmentAO.COLUMN_VISIBILITY, draft.visibility().name());
            columns.put(CommitmentAO.COLUMN_UPDATED_BY, by.value());
            columns.put(CommitmentAO.COLUMN_UPDATED_AT, Date.from(at));
            columns.put(CommitmentAO.COLUMN_PERIOD_KIND, draft.period().kind().name());
            columns.put(CommitmentAO.COLUMN_PERIOD_START, draft.period().start().toString());
            columns.put(CommitmentAO.COLUMN_PERIOD_END, draft.period().end().toString());
            columns.put(CommitmentAO.COLUMN_COMMITMENT_TEXT, draft.text());
            columns.put(CommitmentAO.COLUMN_TARGET_VALUE, 0.0);
            CommitmentAO row = ao.create(CommitmentAO.class, columns);
            write(row, draft);
            row.save();
            return toCommitment(row, List.of());
        });
    }

    @Override
    public Commitment update(long id, CommitmentDraft draft, UserKey by, Instant at) {
        return ao.executeInTransaction(() -> {
            CommitmentAO row = row(id);
            write(row, draft);
            row.setRevision(row.getRevision() + 1);
            row.setUpdatedBy(by.value());
            row.setUpdatedAt(Date.from(at));
            row.save();
            return toCommitment(row, checkIns(List.of(id)).getOrDefault(id, List.of()));
        });
    }

    @Override
    public Optional<Commitment> find(long id) {
        CommitmentAO row = ao.get(CommitmentAO.class, (int) id);
        if (row == null) {
            return Optional.empty();
        }
        return Optional.of(toCommitment(row, checkIns(List.of(id)).getOrDefault(id, List.of())));
    }

    @Override
    public List<Commitment> findByOwners(Collection<UserKey> owners) {
        if (owners.isEmpty()) {
            return List.of();
        }
        String placeholders = String.join(",", Collections.nCopies(owners.size(), "?"));
        CommitmentAO[] rows = ao.find(
                CommitmentAO.class,
                Query.select()
                        .where(
                                CommitmentAO.COLUMN_OWNER_KEY + " IN (" + placeholders + ")",
                                owners.stream().map(UserKey::value).toArray())
                        .order(CommitmentAO.COLUMN_PERIOD_START + " DESC, " + CommitmentAO.COLUMN_ID + " ASC"));
        Map<Long, List<CheckIn>> checkIns =
                checkIns(Arrays.stream(rows).map(row -> (long) row.getID()).toList());
        return Arrays.stream(rows)
                .map(row -> toCommitment(row, checkIns.getOrDefault((long) row.getID(), List.of())))
                .toList();
    }

    @Override
    public void addCheckIn(long id, CheckIn checkIn) {
        Map<String, Object> columns = new HashMap<>();
        columns.put(CheckInAO.COLUMN_COMMITMENT_ID, id);
        columns.put(CheckInAO.COLUMN_AUTHOR_KEY, checkIn.author().value());
        columns.put(CheckInAO.COLUMN_CHECKED_AT, Date.from(checkIn.at()));
        columns.put(CheckInAO.COLUMN_NOTE, checkIn.note());
        if (checkIn.progress().isPresent()) {
            columns.put(CheckInAO.COLUMN_PROGRESS, checkIn.progress().getAsInt());
        }
        ao.executeInTransaction(() -> ao.create(CheckInAO.class, columns));
    }

    @Override
    public void signOff(long id, SignOff signOff) {
        ao.executeInTransaction(() -> {
            CommitmentAO row = row(id);
            row.setSignedBy(signOff.by().value());
            row.setSignedName(signOff.name());
            row.setSignedAt(Date.from(signOff.at()));
            row.setSignedRevision(signOff.revision());
            row.save();
            return row;
        });
    }

    @Override
    public void delete(long id) {
        ao.executeInTransaction(() -> {
            ao.deleteWithSQL(CheckInAO.class, CheckInAO.COLUMN_COMMITMENT_ID + " = ?", id);
            ao.deleteWithSQL(CommitmentAO.class, CommitmentAO.COLUMN_ID + " = ?", id);
            return null;
        });
    }

    @Override
    public void log(HistoryEntry entry) {
        Map<String, Object> columns = new HashMap<>();
        columns.put(CommitmentLogAO.COLUMN_COMMITMENT_ID, entry.commitmentId());
        columns.put(CommitmentLogAO.COLUMN_LOG_ACTION, entry.action().name());
        columns.put(CommitmentLogAO.COLUMN_ACTOR_KEY, entry.by().value());
        columns.put(CommitmentLogAO.COLUMN_LOGGED_AT, Date.from(entry.at()));
        columns.put(CommitmentLogAO.COLUMN_DETAIL, entry.detail());
        ao.executeInTransaction(() -> ao.create(CommitmentLogAO.class, columns));
    }

    @Override
    public List<HistoryEntry> history(long id) {
        return Arrays.stream(ao.find(
                        CommitmentLogAO.class,
                        Query.select()
                                .where(CommitmentLogAO.COLUMN_COMMITMENT_ID + " = ?", id)
                                .order(CommitmentLogAO.COLUMN_LOGGED_AT + " ASC, " + CommitmentAO.COLUMN_ID + " ASC")))
                .map(row -> new HistoryEntry(
                        row.getCommitmentId(),
                        HistoryEntry.Action.valueOf(row.getLogAction()),
                        UserKey.of(row.getActorKey()),
                        row.getLoggedAt().toInstant(),
                        row.getDetail()))
                .toList();
    }

    private CommitmentAO row(long id) {
        CommitmentAO row = ao.get(CommitmentAO.class, (int) id);
        if (row == null) {
            throw new NotFoundException("service-culture.commitments.error.not-found", id);
        }
        return row;
    }

    private Map<Long, List<CheckIn>> checkIns(List<Long> ids) {
        Map<Long, List<CheckIn>> byCommitment = new HashMap<>();
        if (ids.isEmpty()) {
            return byCommitment;
        }
        String placeholders = String.join(",", Collections.nCopies(ids.size(), "?"));
        for (CheckInAO row : ao.find(
                CheckInAO.class,
                Query.select()
                        .where(CheckInAO.COLUMN_COMMITMENT_ID + " IN (" + placeholders + ")", ids.toArray())
                        .order(CheckInAO.COLUMN_CHECKED_AT + " ASC, " + CommitmentAO.COLUMN_ID + " ASC"))) {
            Integer progress = row.getProgress();
            byCommitment
                    .computeIfAbsent(row.getCommitmentId(), id -> new ArrayList<>())
                    .add(new CheckIn(
                            UserKey.of(row.getAuthorKey()),
                            row.getCheckedAt().toInstant(),
                            row.getNote(),
                            progress == null ? OptionalInt.empty() : OptionalInt.of(progress)));
        }
        return byCommitment;
    }

    private static void write(CommitmentAO row, CommitmentDraft draft) {
        row.setPeriodKind(draft.period().kind().name());
        row.setPeriodStart(draft.period().start().toString());
        row.setPeriodEnd(draft.period().end().toString());
        row.setCommitmentText(draft.text());
        row.setVisibility(draft.visibility().name());
        if (draft.target() instanceof Target.Measured measured) {
            row.setMeasure(measured.measure().name());
            row.setTargetValue(measured.value());
            row.setDirection(measured.direction().name());
            row.setStandardId(measured.standard().map(StandardId::value).orElse(null));
            row.setMetricKey(measured.metric().orElse(null));
            row.setClientTeam(measured.team().map(TeamKey::groupName).orElse(null));
            row.setMilestones(null);
        } else {
            Target.Milestones milestones = (Target.Milestones) draft.target();
            row.setMeasure(null);
            row.setTargetValue(0);
            row.setDirection(null);
            row.setStandardId(null);
            row.setMetricKey(null);
            row.setClientTeam(null);
            row.setMilestones(String.join("\n", milestones.milestones()));
        }
    }

    private static Commitment toCommitment(CommitmentAO row, List<CheckIn> checkIns) {
        Optional<SignOff> signOff = row.getSignedBy() == null || row.getSignedAt() == null
                ? Optional.empty()
                : Optional.of(new SignOff(
                        UserKey.of(row.getSignedBy()),
                        row.getSignedName() == null ? row.getSignedBy() : row.getSignedName(),
                        row.getSignedAt().toInstant(),
                        row.getSignedRevision()));
        return new Commitment(
                row.getID(),
                UserKey.of(row.getOwnerKey()),
                new Period(
                        PeriodKind.valueOf(row.getPeriodKind()),
                        LocalDate.parse(row.getPeriodStart()),
                        LocalDate.parse(row.getPeriodEnd())),
                row.getCommitmentText(),
                target(row),
                CommitmentVisibility.valueOf(row.getVisibility()),
                row.getRevision(),
                UserKey.of(row.getUpdatedBy()),
                row.getUpdatedAt().toInstant(),
                signOff,
                checkIns);
    }

    private static Target target(CommitmentAO row) {
        String measure = row.getMeasure();
        if (measure == null) {
            String milestones = row.getMilestones();
            return new Target.Milestones(List.of((milestones == null ? "" : milestones).split("\n", -1)));
        }
        String direction = row.getDirection();
        return new Target.Measured(
                MeasureKind.valueOf(measure),
                row.getTargetValue(),
                direction == null ? Direction.AT_LEAST : Direction.valueOf(direction),
                Optional.ofNullable(row.getStandardId()).map(StandardId::of),
                Optional.ofNullable(row.getMetricKey()),
                Optional.ofNullable(row.getClientTeam()).map(TeamKey::of));
    }
}
