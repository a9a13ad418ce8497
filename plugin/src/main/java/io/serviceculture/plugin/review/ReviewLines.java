package io.serviceculture.plugin.review;

import java.util.List;

/**
 * A review pack turned into text in the reader's language, once, for both the page and the PDF: so the two never
 * disagree. Nothing here is escaped; the page escapes, the PDF needs none.
 */
public record ReviewLines(
        String title,
        String person,
        String period,
        String commitmentsHeading,
        String noCommitments,
        List<CommitmentLines> commitments,
        String kudosHeading,
        String noKudos,
        List<Line> kudos,
        String moreKudos) {
    public ReviewLines {
        commitments = List.copyOf(commitments);
        kudos = List.copyOf(kudos);
    }

    /** One commitment: what it says, its figure and status, its sign-off, and its check-ins oldest first. */
    public record CommitmentLines(
            String text, String period, String figure, String status, String signOff, List<Line> checkIns) {
        public CommitmentLines {
            checkIns = List.copyOf(checkIns);
        }
    }

    /** A dated line, such as a check-in or a kudos. */
    public record Line(String date, String text) {}
}
