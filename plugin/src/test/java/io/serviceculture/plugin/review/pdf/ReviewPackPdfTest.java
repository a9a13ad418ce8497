package io.serviceculture.plugin.review.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import io.serviceculture.plugin.review.ReviewLines;
import io.serviceculture.plugin.review.ReviewLines.CommitmentLines;
import io.serviceculture.plugin.review.ReviewLines.IssueHeadings;
import io.serviceculture.plugin.review.ReviewLines.IssueLine;
import io.serviceculture.plugin.review.ReviewLines.Line;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.junit.Test;

public class ReviewPackPdfTest {
    // umlauts (ë, Ö, ü), Polish (Ł) and Turkish (ğ, ı, ş) letters, none of them in the PDF standard fonts' encoding
    private static final String NAME = "Zoë Łukasiewicz-Öztürk";
    private static final String TURKISH = "Ağış Çelik";
    private static final IssueHeadings HEADINGS = new IssueHeadings(
            "Counted in the figure", "Left out of the figure", "Issue", "Summary", "Contribution", "Reason");

    @Test
    public void printsNamesWithLatinExtendedLettersThatReadBackAsWritten() throws IOException {
        // given a pack of Zoë's with a kudos from a Turkish colleague
        ReviewLines lines = new ReviewLines(
                "Review pack: " + NAME,
                NAME,
                "2026-10-01 to 2026-12-31",
                "Commitments",
                "No commitments.",
                HEADINGS,
                List.of(new CommitmentLines(
                        "Close the loop with every client",
                        "2026 Q4",
                        "Progress 50 %",
                        "On track",
                        "Signed off by Alice Archer on 2026-11-02",
                        List.of(new Line("2026-11-10", NAME + ": Halfway there (50 %)")),
                        "",
                        List.of(),
                        "",
                        List.of(),
                        "")),
                "Kudos received",
                "No kudos.",
                List.of(new Line("2026-11-03", TURKISH + " for Own it: Teşekkürler!")),
                "");

        // when it is written as a PDF
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ReviewPackPdf().write(lines, out);

        // then the text extracted back holds every letter as written
        PdfReader reader = new PdfReader(out.toByteArray());
        try {
            String page = new PdfTextExtractor(reader).getTextFromPage(1);
            assertThat(page)
                    .contains("Review pack: " + NAME)
                    .contains("Close the loop with every client")
                    .contains("Signed off by Alice Archer on 2026-11-02")
                    .contains(TURKISH + " for Own it: Teşekkürler!");
        } finally {
            reader.close();
        }
    }

    @Test
    public void printsTheIssuesBehindAFigureAsATableWithTheirPartsAndTheReasonsForThoseLeftOut() throws IOException {
        // given a figure over two issues Alice may see, one she may not, and an issue left out as still open
        ReviewLines lines = new ReviewLines(
                "Review pack: Carol Clerk",
                "Carol Clerk",
                "2026-10-01 to 2026-12-31",
                "Commitments",
                "No commitments.",
                HEADINGS,
                List.of(new CommitmentLines(
                        "Answer first within four hours",
                        "2026 Q4",
                        "Measured 50.0 against a target of 95.0, over 2; progress 53 %",
                        "Off track",
                        "Not signed off yet.",
                        List.of(),
                        "Issues behind this figure: 3 counted, 1 left out",
                        List.of(
                                new IssueLine("HELP-101", "Printer request 1", "Met (60 min)"),
                                new IssueLine("HELP-103", "Printer request 3", "Breached (4320 min)")),
                        "1 issue you cannot see",
                        List.of(new IssueLine("HELP-104", "Sz\u00e1m\u00edt\u00f3g\u00e9p", "Still open")),
                        "")),
                "Kudos received",
                "No kudos.",
                List.of(),
                "");

        // when it is written as a PDF
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ReviewPackPdf().write(lines, out);

        // then the text extracted back holds the table's headings, each row and the hidden issue's line
        PdfReader reader = new PdfReader(out.toByteArray());
        try {
            String page = new PdfTextExtractor(reader).getTextFromPage(1);
            assertThat(page)
                    .contains("Counted in the figure")
                    .contains("HELP-101")
                    .contains("Printer request 1")
                    .contains("Met (60 min)")
                    .contains("HELP-103")
                    .contains("Breached (4320 min)")
                    .contains("1 issue you cannot see")
                    .contains("Left out of the figure")
                    .contains("HELP-104")
                    .contains("Sz\u00e1m\u00edt\u00f3g\u00e9p")
                    .contains("Still open");
        } finally {
            reader.close();
        }
    }

    @Test
    public void embedsTheFontSoEveryReaderDrawsTheSameLetters() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ReviewPackPdf()
                .write(
                        new ReviewLines(NAME, NAME, "p", "c", "none", HEADINGS, List.of(), "k", "none", List.of(), ""),
                        out);

        PdfReader reader = new PdfReader(out.toByteArray());
        try {
            PdfDictionary fonts =
                    reader.getPageN(1).getAsDict(PdfName.RESOURCES).getAsDict(PdfName.FONT);
            PdfDictionary font = fonts.getAsDict(fonts.getKeys().iterator().next());
            assertThat(font.getAsName(PdfName.SUBTYPE)).isEqualTo(PdfName.TYPE0);
            assertThat(font.getAsName(PdfName.ENCODING)).isEqualTo(new PdfName(BaseFont.IDENTITY_H));
            assertThat(font.getAsName(PdfName.BASEFONT).toString()).contains("LiberationSans");
        } finally {
            reader.close();
        }
    }
}
