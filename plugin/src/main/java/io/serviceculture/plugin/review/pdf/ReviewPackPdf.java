package io.serviceculture.plugin.review.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import io.serviceculture.plugin.review.ReviewLines;
import io.serviceculture.plugin.review.ReviewLines.CommitmentLines;
import io.serviceculture.plugin.review.ReviewLines.IssueHeadings;
import io.serviceculture.plugin.review.ReviewLines.IssueLine;
import io.serviceculture.plugin.review.ReviewLines.Line;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Writes a review pack as a PDF with OpenPDF. The text is set in Liberation Sans, which OpenPDF ships
 * ({@code font-fallback/LiberationSans-Regular.ttf}, SIL Open Font License) and which covers Latin Extended, embedded
 * as Identity-H, so names such as "Zoë Łukasiewicz-Öztürk" or "Ağış" print and copy out as written on any reader.
 */
public final class ReviewPackPdf {
    static final String FONT = "font-fallback/LiberationSans-Regular.ttf";

    private final BaseFont font;

    public ReviewPackPdf() {
        try {
            // the app jar carries the font file at the same path as OpenPDF's own jar, for OpenPDF's class loader
            font = BaseFont.createFont(FONT, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
        } catch (IOException e) {
            throw new UncheckedIOException("the review pack font is missing from the app", e);
        } catch (DocumentException e) {
            throw new IllegalStateException("the review pack font cannot be read", e);
        }
    }

    public void write(ReviewLines lines, OutputStream out) {
        Font title = new Font(font, 18);
        Font heading = new Font(font, 14);
        Font strong = new Font(font, 11, Font.BOLD);
        Font body = new Font(font, 10);
        Font small = new Font(font, 9);
        Document document = new Document(PageSize.A4, 50, 50, 50, 50);
        try {
            PdfWriter.getInstance(document, out);
            document.addTitle(lines.title());
            document.open();
            document.add(new Paragraph(lines.title(), title));
            document.add(new Paragraph(lines.period(), body));
            document.add(Chunk.NEWLINE);

            document.add(new Paragraph(lines.commitmentsHeading(), heading));
            if (lines.commitments().isEmpty()) {
                document.add(new Paragraph(lines.noCommitments(), body));
            }
            for (CommitmentLines commitment : lines.commitments()) {
                Paragraph text = new Paragraph(commitment.text(), strong);
                text.setSpacingBefore(6);
                document.add(text);
                document.add(new Paragraph(commitment.period() + " · " + commitment.status(), body));
                document.add(new Paragraph(commitment.figure(), body));
                document.add(new Paragraph(commitment.signOff(), body));
                for (Line checkIn : commitment.checkIns()) {
                    Paragraph line = new Paragraph(checkIn.date() + "  " + checkIn.text(), small);
                    line.setIndentationLeft(12);
                    document.add(line);
                }
                if (commitment.anyIssues()) {
                    document.add(issues(lines.issueHeadings(), commitment, small, new Font(font, 9, Font.BOLD)));
                }
            }
            document.add(Chunk.NEWLINE);

            document.add(new Paragraph(lines.kudosHeading(), heading));
            if (lines.kudos().isEmpty()) {
                document.add(new Paragraph(lines.noKudos(), body));
            }
            for (Line kudos : lines.kudos()) {
                document.add(new Paragraph(kudos.date() + "  " + kudos.text(), body));
            }
            if (!lines.moreKudos().isEmpty()) {
                document.add(new Paragraph(lines.moreKudos(), small));
            }
        } catch (DocumentException e) {
            throw new IllegalStateException("cannot write the review pack", e);
        } finally {
            document.close();
        }
    }

    /** The issues behind a figure as one table: those counted with their part, then those left out with why. */
    private static PdfPTable issues(IssueHeadings headings, CommitmentLines commitment, Font body, Font strong) {
        PdfPTable table = new PdfPTable(new float[] {2, 5, 4});
        table.setWidthPercentage(100);
        table.setSpacingBefore(4);
        table.setHeaderRows(1);
        table.addCell(cell(headings.issue(), strong));
        table.addCell(cell(headings.summary(), strong));
        table.addCell(cell(headings.part(), strong));
        section(table, headings.counted(), commitment.counted(), commitment.hiddenCounted(), body, strong);
        section(table, headings.excluded(), commitment.excluded(), commitment.hiddenExcluded(), body, strong);
        return table;
    }

    private static void section(
            PdfPTable table, String heading, List<IssueLine> issues, String hidden, Font body, Font strong) {
        if (issues.isEmpty() && hidden.isEmpty()) {
            return;
        }
        table.addCell(wide(heading, strong));
        for (IssueLine issue : issues) {
            table.addCell(cell(issue.key(), body));
            table.addCell(cell(issue.summary(), body));
            table.addCell(cell(issue.part(), body));
        }
        if (!hidden.isEmpty()) {
            table.addCell(wide(hidden, body));
        }
    }

    private static PdfPCell cell(String text, Font font) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setPadding(3);
        return cell;
    }

    private static PdfPCell wide(String text, Font font) {
        PdfPCell cell = cell(text, font);
        cell.setColspan(3);
        return cell;
    }
}
