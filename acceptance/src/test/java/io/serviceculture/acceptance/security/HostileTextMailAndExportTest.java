package io.serviceculture.acceptance.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.serviceculture.acceptance.testing.Csv;
import io.serviceculture.standalone.testing.RunningHost;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.BeforeClass;
import org.junit.ClassRule;
import org.junit.Test;

/**
 * Hostile text where it leaves the browser: every e-mail the app sent about it (GreenMail) prints it escaped, and
 * the HR exports make spreadsheet formulas inert: a CSV cell starting with {@code = + - @} gets a leading
 * apostrophe, and XLSX writes such text as a string cell, never as a formula.
 */
public class HostileTextMailAndExportTest {
    @ClassRule
    public static final RunningHost HOST = HostileText.host();

    private static final List<String> FORMULAS = List.of("=1+1", "+1+1", "-1+1", "@SUM(A1:A2)");

    @BeforeClass
    public static void seed() {
        HostileText.seed(HOST);
        for (String formula : FORMULAS) {
            HostileText.send(
                    HOST,
                    "admin",
                    "POST",
                    HostileText.REST + "/kudos",
                    Map.of("receivers", List.of("carol"), "value", "own-it", "message", formula));
        }
    }

    @Test
    public void everyMailPrintsHostileTextEscaped() throws Exception {
        // given: kudos mails to Carol and Alice and the hidden-kudos mail to the admin, sent from a queue
        List<MimeMessage> mails = waitForMails(3);
        List<String> withText = new ArrayList<>();

        for (MimeMessage mail : mails) {
            String html = html(mail);
            String subject = String.valueOf(mail.getSubject());
            // then nothing of the payload is markup, in the body or the subject
            assertThat(html).as(subject).doesNotContain("<script>alert(1)", "<img src=x", "<a href=\"javascript:");
            if (html.contains(HostileText.MARKER)) {
                assertThat(html)
                        .as(subject)
                        .contains("&lt;script&gt;alert(1)&lt;/script&gt;")
                        .contains("&lt;img src=x onerror=alert(1)&gt;");
                withText.add(subject);
            }
        }
        assertThat(withText).as("mails that quote the hostile text").hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    public void theCsvExportMakesFormulasInert() {
        // when Carol, who is HR, downloads the detail
        HttpResponse<byte[]> response = download("/export/detail.csv");

        // then every formula-looking message starts with an apostrophe, and none is left as it was typed
        assertThat(response.statusCode()).isEqualTo(200);
        List<String> cells = Csv.parse(new String(response.body(), StandardCharsets.UTF_8)).stream()
                .flatMap(List::stream)
                .toList();
        for (String formula : FORMULAS) {
            assertThat(cells).as(formula).contains("'" + formula).doesNotContain(formula);
        }
    }

    @Test
    public void theXlsxExportWritesFormulaLookingTextAsStrings() throws IOException {
        // when
        HttpResponse<byte[]> response = download("/export/detail.xlsx");

        // then each message is a string cell holding exactly what was typed
        assertThat(response.statusCode()).isEqualTo(200);
        List<Cell> cells = new ArrayList<>();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(response.body()));
                Stream<Row> rows = workbook.getFirstSheet().openStream()) {
            rows.forEach(row -> row.stream().filter(c -> c != null).forEach(cells::add));
        }
        assertThat(cells).noneMatch(c -> c.getType() == CellType.FORMULA);
        for (String formula : FORMULAS) {
            assertThat(cells).as(formula).anySatisfy(c -> {
                assertThat(c.getType()).isEqualTo(CellType.STRING);
                assertThat(c.getText()).isEqualTo(formula);
            });
        }
    }

    private static HttpResponse<byte[]> download(String path) {
        try {
            return HOST.client()
                    .send(
                            HOST.request(HostileText.REST + "/reports/kudos" + path, "carol", "carol")
                                    .GET()
                                    .build(),
                            HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static List<MimeMessage> waitForMails(int atLeast) throws InterruptedException {
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (HOST.host().mail().getReceivedMessages().length < atLeast && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        MimeMessage[] mails = HOST.host().mail().getReceivedMessages();
        assertThat(mails).hasSizeGreaterThanOrEqualTo(atLeast);
        return List.of(mails);
    }

    /** Every text part of a mail, decoded, one after another. */
    private static String html(Part part) throws MessagingException, IOException {
        Object content = part.getContent();
        if (content instanceof String text) {
            return text;
        }
        StringBuilder out = new StringBuilder();
        if (content instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart body = multipart.getBodyPart(i);
                out.append(html(body));
            }
        }
        return out.toString();
    }
}
