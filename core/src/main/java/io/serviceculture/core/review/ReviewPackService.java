package io.serviceculture.core.review;

import io.serviceculture.core.accountability.Interval;
import io.serviceculture.core.commitments.CommitmentPeoplePort;
import io.serviceculture.core.commitments.CommitmentService;
import io.serviceculture.core.commitments.MeasuredCommitment;
import io.serviceculture.core.commitments.MeasurementBasis;
import io.serviceculture.core.common.NotFoundException;
import io.serviceculture.core.issues.IssueVisibilityPort;
import io.serviceculture.core.kudos.Kudos;
import io.serviceculture.core.kudos.Receiver;
import io.serviceculture.core.kudos.Visibility;
import io.serviceculture.core.people.Person;
import io.serviceculture.core.people.UserKey;
import io.serviceculture.core.reports.KudosExportPort;
import io.serviceculture.core.reports.KudosExportQuery;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Builds review packs. Only the person, their manager, HR and Jira admins may open one; anyone else is told it does
 * not exist (404), so that a pack does not reveal who reports to whom. Commitments are read through the commitments
 * use case, so their own visibility rules apply too, and the issues behind a figure are named only to a viewer who
 * may browse them; kudos are read a page at a time up to {@link #MAX_KUDOS}.
 */
public final class ReviewPackService {
    /** A pack is read by people: past this many kudos it lists the first and says there are more. */
    public static final int MAX_KUDOS = 200;

    private final CommitmentService commitments;
    private final CommitmentPeoplePort people;
    private final KudosExportPort kudos;
    private final IssueVisibilityPort visibility;

    public ReviewPackService(
            CommitmentService commitments,
            CommitmentPeoplePort people,
            KudosExportPort kudos,
            IssueVisibilityPort visibility) {
        this.commitments = commitments;
        this.people = people;
        this.kudos = kudos;
        this.visibility = visibility;
    }

    /**
     * @param viewerIsAdmin whether Jira counts the viewer as an administrator
     * @throws NotFoundException when the viewer may not see the person's pack, or there is no such person
     */
    public ReviewPack build(UserKey viewer, boolean viewerIsAdmin, UserKey person, Interval period) {
        boolean self = viewer.equals(person);
        boolean hr = people.isHr(viewer);
        boolean manager = !self && people.manages(viewer, person);
        if (!(self || hr || manager || viewerIsAdmin)) {
            throw new NotFoundException("service-culture.review.error.not-found");
        }
        Person subject = people.findPerson(person)
                .orElseThrow(() -> new NotFoundException("service-culture.review.error.not-found"));

        List<ReviewPack.Reviewed> overlapping = new ArrayList<>();
        for (MeasuredCommitment measured : commitments.ofOwner(viewer, person, false)) {
            var commitmentPeriod = measured.commitment().period();
            if (commitmentPeriod.from().isBefore(period.to()) && period.from().isBefore(commitmentPeriod.to())) {
                // the figure printed is the one the listed issues add up to, measured with them
                MeasurementBasis basis =
                        commitments.basis(viewer, measured.commitment().id());
                overlapping.add(new ReviewPack.Reviewed(
                        new MeasuredCommitment(
                                measured.commitment(), basis.measurement(), measured.canEdit(), measured.canSignOff()),
                        basis.visibleTo(viewer, visibility)));
            }
        }
        overlapping.sort(Comparator.comparing((ReviewPack.Reviewed r) ->
                        r.commitment().commitment().period().from())
                .thenComparing(r -> r.commitment().commitment().id()));

        // private kudos are for the receiver, their managers and HR; an admin outside those sees public ones
        boolean readsPrivate = self || hr || manager;
        KudosExportQuery query = new KudosExportQuery(
                Optional.of(period.from()),
                Optional.of(period.to()),
                Optional.empty(),
                Optional.empty(),
                Optional.of(Receiver.person(person)),
                readsPrivate ? Optional.empty() : Optional.of(Visibility.PUBLIC));
        List<Kudos> read = new ArrayList<>();
        long after = 0;
        while (read.size() <= MAX_KUDOS) {
            int wanted = MAX_KUDOS + 1 - read.size();
            List<Kudos> page = kudos.kudosAfter(query, after, wanted);
            read.addAll(page);
            if (page.size() < wanted) {
                break;
            }
            after = page.get(page.size() - 1).id();
        }
        boolean more = read.size() > MAX_KUDOS;
        List<Kudos> received = new ArrayList<>(more ? read.subList(0, MAX_KUDOS) : read);
        received.sort(Comparator.comparing(Kudos::givenAt).thenComparing(Kudos::id));
        return new ReviewPack(subject, period, overlapping, received, more);
    }
}
