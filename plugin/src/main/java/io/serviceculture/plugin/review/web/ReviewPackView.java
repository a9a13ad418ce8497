package io.serviceculture.plugin.review.web;

import io.serviceculture.plugin.review.ReviewLines;
import io.serviceculture.plugin.review.ReviewLines.CommitmentLines;
import io.serviceculture.plugin.review.ReviewLines.IssueLine;
import io.serviceculture.plugin.review.ReviewLines.Line;
import io.serviceculture.plugin.web.Html;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The printable review pack page's view model: the pack's lines, escaped, and the period form's values. */
public final class ReviewPackView {
    private final ReviewLines lines;
    private final String userName;
    private final String from;
    private final String to;

    ReviewPackView(ReviewLines lines, String userName, String from, String to) {
        this.lines = lines;
        this.userName = userName;
        this.from = from;
        this.to = to;
    }

    public String getTitleHtml() {
        return Html.escape(lines.title());
    }

    public String getPeriodHtml() {
        return Html.escape(lines.period());
    }

    public String getUserNameHtml() {
        return Html.escape(userName);
    }

    public String getFromHtml() {
        return Html.escape(from);
    }

    public String getToHtml() {
        return Html.escape(to);
    }

    /** The PDF of the same pack, relative to the page. */
    public String getPdfLinkHtml() {
        return Html.escape("review-pack/pdf?user=" + encode(userName) + "&from=" + encode(from) + "&to=" + encode(to));
    }

    public String getCommitmentsHeadingHtml() {
        return Html.escape(lines.commitmentsHeading());
    }

    public String getNoCommitmentsHtml() {
        return Html.escape(lines.noCommitments());
    }

    public boolean isAnyCommitment() {
        return !lines.commitments().isEmpty();
    }

    public List<Item> getCommitments() {
        return lines.commitments().stream().map(Item::new).toList();
    }

    public String getCountedHeadingHtml() {
        return Html.escape(lines.issueHeadings().counted());
    }

    public String getExcludedHeadingHtml() {
        return Html.escape(lines.issueHeadings().excluded());
    }

    public String getIssueColumnHtml() {
        return Html.escape(lines.issueHeadings().issue());
    }

    public String getSummaryColumnHtml() {
        return Html.escape(lines.issueHeadings().summary());
    }

    public String getPartColumnHtml() {
        return Html.escape(lines.issueHeadings().part());
    }

    public String getReasonColumnHtml() {
        return Html.escape(lines.issueHeadings().reason());
    }

    public String getKudosHeadingHtml() {
        return Html.escape(lines.kudosHeading());
    }

    public String getNoKudosHtml() {
        return Html.escape(lines.noKudos());
    }

    public boolean isAnyKudos() {
        return !lines.kudos().isEmpty();
    }

    public List<Row> getKudos() {
        return lines.kudos().stream().map(Row::new).toList();
    }

    public String getMoreKudosHtml() {
        return Html.escape(lines.moreKudos());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** One commitment of the page. */
    public static final class Item {
        private final CommitmentLines lines;

        Item(CommitmentLines lines) {
            this.lines = lines;
        }

        public String getTextHtml() {
            return Html.escape(lines.text());
        }

        public String getPeriodHtml() {
            return Html.escape(lines.period());
        }

        public String getStatusHtml() {
            return Html.escape(lines.status());
        }

        public String getFigureHtml() {
            return Html.escape(lines.figure());
        }

        public String getSignOffHtml() {
            return Html.escape(lines.signOff());
        }

        public List<Row> getCheckIns() {
            return lines.checkIns().stream().map(Row::new).toList();
        }

        public boolean isAnyIssues() {
            return lines.anyIssues();
        }

        public String getIssuesSummaryHtml() {
            return Html.escape(lines.issuesSummary());
        }

        public boolean isAnyCounted() {
            return !lines.counted().isEmpty() || !lines.hiddenCounted().isEmpty();
        }

        public List<IssueRow> getCounted() {
            return lines.counted().stream().map(IssueRow::new).toList();
        }

        public String getHiddenCountedHtml() {
            return Html.escape(lines.hiddenCounted());
        }

        public boolean isAnyExcluded() {
            return !lines.excluded().isEmpty() || !lines.hiddenExcluded().isEmpty();
        }

        public List<IssueRow> getExcluded() {
            return lines.excluded().stream().map(IssueRow::new).toList();
        }

        public String getHiddenExcludedHtml() {
            return Html.escape(lines.hiddenExcluded());
        }
    }

    /** An issue behind a figure. */
    public static final class IssueRow {
        private final IssueLine line;

        IssueRow(IssueLine line) {
            this.line = line;
        }

        public String getKeyHtml() {
            return Html.escape(line.key());
        }

        public String getSummaryHtml() {
            return Html.escape(line.summary());
        }

        public String getPartHtml() {
            return Html.escape(line.part());
        }
    }

    /** A dated line: a check-in or a kudos. */
    public static final class Row {
        private final Line line;

        Row(Line line) {
            this.line = line;
        }

        public String getDateHtml() {
            return Html.escape(line.date());
        }

        public String getTextHtml() {
            return Html.escape(line.text());
        }
    }
}
