package io.serviceculture.core.review;

import io.serviceculture.core.accountability.Interval;
import io.serviceculture.core.commitments.MeasuredCommitment;
import io.serviceculture.core.commitments.MeasurementBasis;
import io.serviceculture.core.kudos.Kudos;
import io.serviceculture.core.people.Person;
import java.util.List;

/**
 * What a review conversation needs about one person and period, as one viewer may see it.
 *
 * @param commitments the person's commitments whose period overlaps the review period, each measured now, with its
 *     sign-off and check-ins, and the issues behind its figure as the viewer may see them
 * @param kudosReceived kudos the person received in person in the period, oldest first; never hidden ones, and
 *     private ones only for a viewer allowed to read them
 * @param moreKudos whether more kudos were received than the pack lists
 */
public record ReviewPack(
        Person person, Interval period, List<Reviewed> commitments, List<Kudos> kudosReceived, boolean moreKudos) {
    public ReviewPack {
        commitments = List.copyOf(commitments);
        kudosReceived = List.copyOf(kudosReceived);
    }

    /** A commitment in the pack: measured, with the issues its figure counts and those it leaves out. */
    public record Reviewed(MeasuredCommitment commitment, MeasurementBasis.Visible issues) {}
}
