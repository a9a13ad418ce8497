package io.serviceculture.plugin.review.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import io.serviceculture.plugin.review.ReviewLines;
import io.serviceculture.plugin.review.ReviewLines.CommitmentLines;
import io.serviceculture.plugin.review.ReviewLines.Line;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.junit.Test;

public class ReviewPackPdfTest {
    // umlauts (ë, Ö, ü), Polish (Ł) and Turkish (ğ, ı, ş) letters, none of them in the PDF standard fonts' encoding
    private static final String NAME = "Zoë Łukasiewicz-Öztürk";
    private static final String TURKISH = "Ağış Çelik";

    @Test
    public void printsNamesWithLatinExtendedLettersThatReadBackAsWritten() throws IOException {
        // given a pack of Zoë's with a kudos from a Turkish colleague
        ReviewLines lines = new ReviewLines(
                "Review pack: " + NAME,
                NAME,
                "2026-10-01 to 2026-12-31",
                "Commitments",
                "No commitments.",
                List.of(new CommitmentLines(
                        "Close the loop with every client",
                        "2026 Q4",
                        "Progress 50 %",
                        "On track",
                        "Signed off by Alice Archer on 2026-11-02",
                        List.of(new Line("2026-11-10", NAME + ": Halfway there (50 %)")))),
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
    public void embedsTheFontSoEveryReaderDrawsTheSameLetters() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ReviewPackPdf()
                .write(new ReviewLines(NAME, NAME, "p", "c", "none", List.of(), "k", "none", List.of(), ""), out);

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
