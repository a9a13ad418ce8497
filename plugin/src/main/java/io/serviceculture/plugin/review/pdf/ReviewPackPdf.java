package io.serviceculture.plugin.review.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfWriter;
import io.serviceculture.plugin.review.ReviewLines;
import io.serviceculture.plugin.review.ReviewLines.CommitmentLines;
import io.serviceculture.plugin.review.ReviewLines.Line;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;

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
}
