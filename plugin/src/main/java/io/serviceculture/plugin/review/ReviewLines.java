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
        IssueHeadings issueHeadings,
        List<CommitmentLines> commitments,
        String kudosHeading,
        String noKudos,
        List<Line> kudos,
        String moreKudos) {
    public ReviewLines {
        commitments = List.copyOf(commitments);
        kudos = List.copyOf(kudos);
    }

    /**
     * One commitment: what it says, its figure and status, its sign-off, its check-ins oldest first, and the issues
     * behind its figure: those counted, then those left out, each list followed by how many more the reader may not
     * see (empty when none).
     */
    public record CommitmentLines(
            String text,
            String period,
            String figure,
            String status,
            String signOff,
            List<Line> checkIns,
            String issuesSummary,
            List<IssueLine> counted,
            String hiddenCounted,
            List<IssueLine> excluded,
            String hiddenExcluded) {
        public CommitmentLines {
            checkIns = List.copyOf(checkIns);
            counted = List.copyOf(counted);
            excluded = List.copyOf(excluded);
        }

        /** Whether any issue is behind the figure, seen or not. */
        public boolean anyIssues() {
            return !counted.isEmpty() || !excluded.isEmpty() || !hiddenCounted.isEmpty() || !hiddenExcluded.isEmpty();
        }
    }

    /**
     * An issue behind a figure: its key, its summary, and its part (met or breached with its minutes, its hand-offs,
     * counted) or the reason it is left out.
     */
    public record IssueLine(String key, String summary, String part) {}

    /** The headings of the issue tables. */
    public record IssueHeadings(
            String counted, String excluded, String issue, String summary, String part, String reason) {}

    /** A dated line, such as a check-in or a kudos. */
    public record Line(String date, String text) {}
}
