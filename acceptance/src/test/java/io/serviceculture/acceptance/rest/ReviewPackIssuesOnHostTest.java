package io.serviceculture.acceptance.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import io.serviceculture.acceptance.testing.ReviewPackScenario;
import io.serviceculture.standalone.testing.RunningHost;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.BeforeClass;
import org.junit.ClassRule;
import org.junit.Test;

/**
 * The issues behind a review pack's figure over HTTP, page and PDF ({@link ReviewPackScenario}): carol, who may
 * browse every issue, sees each one by key and summary; alice, her manager, who may not browse FIN, sees the same
 * figure with FIN-301 counted as "1 issue you cannot see" (in German, her language).
 */
public class ReviewPackIssuesOnHostTest {
    private static final String PAGE = "/plugins/servlet/service-culture/review-pack";

    @ClassRule
    public static final RunningHost HOST = ReviewPackScenario.host();

    @BeforeClass
    public static void givenCarolAnsweredHerIssues() {
        ReviewPackScenario.setUp(HOST);
    }

    @Test
    public void showsThePersonEveryIssueBehindHerFigureWithItsPartAndTheOneLeftOutWithItsReason() {
        HttpResponse<String> page = HOST.get(PAGE, "carol", "carol");

        assertThat(page.statusCode()).isEqualTo(200);
        // 2 of 3 first responses met: HELP-301 and FIN-301 within four hours, HELP-302 after three days
        assertThat(page.body())
                .contains("Measured 66.7 against a target of 95.0, over 3")
                .contains("Issues behind this figure: 3 counted, 1 left out")
                .contains("HELP-301")
                .contains(ReviewPackScenario.summary("HELP-301"))
                .contains("FIN-301")
                .contains(ReviewPackScenario.summary("FIN-301"))
                .contains("HELP-302")
                .contains("Breached (")
                .contains("HELP-303")
                .contains("Not matched by the standard of this commitment")
                .doesNotContain("you cannot see");
    }

    @Test
    public void showsTheManagerTheSameFigureButNamesOnlyTheIssuesSheMayBrowse() {
        HttpResponse<String> page = HOST.get(PAGE + "?user=carol", "alice", "alice");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("Gemessen 66.7 bei einem Ziel von 95.0, auf Grundlage von 3")
                .contains("HELP-301")
                .contains("HELP-302")
                .contains("HELP-303")
                .contains("1 Vorgang, den Sie nicht sehen")
                .doesNotContain("FIN-301")
                .doesNotContain(ReviewPackScenario.summary("FIN-301"));
    }

    @Test
    public void printsTheIssuesAndTheReasonsInThePdfAsTheReaderMaySeeThem() throws IOException {
        HttpResponse<byte[]> download = HOST.client()
                .sendAsync(
                        HttpRequest.newBuilder(HOST.uri(PAGE + "/pdf?user=carol"))
                                .header("Authorization", RunningHost.basic("alice", "alice"))
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray())
                .join();

        assertThat(download.statusCode()).isEqualTo(200);
        PdfReader reader = new PdfReader(download.body());
        try {
            StringBuilder text = new StringBuilder();
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                text.append(extractor.getTextFromPage(page)).append('\n');
            }
            // a table cell wraps its text over lines
            assertThat(text.toString().replaceAll("\\s+", " "))
                    .contains("HELP-301")
                    .contains(ReviewPackScenario.summary("HELP-302"))
                    .contains("HELP-303")
                    .contains("Nicht vom Servicestandard dieser Zusage erfasst")
                    .contains("1 Vorgang, den Sie nicht sehen k\u00f6nnen")
                    .doesNotContain("FIN-301");
        } finally {
            reader.close();
        }
    }
}
