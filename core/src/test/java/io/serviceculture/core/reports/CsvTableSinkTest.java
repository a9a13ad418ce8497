package io.serviceculture.core.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import org.junit.Test;

public class CsvTableSinkTest {

    @Test
    public void leavesPlainTextAsItIs() {
        assertThat(CsvTableSink.field("Own it end to end")).isEqualTo("Own it end to end");
        assertThat(CsvTableSink.field("")).isEmpty();
    }

    @Test
    public void quotesCommasAndDoublesQuotes() {
        assertThat(CsvTableSink.field("Thanks, Carol")).isEqualTo("\"Thanks, Carol\"");
        assertThat(CsvTableSink.field("She said \"done\"")).isEqualTo("\"She said \"\"done\"\"\"");
    }

    @Test
    public void quotesLineBreaksAndKeepsThem() {
        assertThat(CsvTableSink.field("line one\nline two")).isEqualTo("\"line one\nline two\"");
        assertThat(CsvTableSink.field("a\r\nb")).isEqualTo("\"a\r\nb\"");
    }

    @Test
    public void makesFormulaCellsInertWithAnApostrophe() {
        assertThat(CsvTableSink.field("=HYPERLINK(\"http://evil\")")).isEqualTo("\"'=HYPERLINK(\"\"http://evil\"\")\"");
        assertThat(CsvTableSink.field("+1+1")).isEqualTo("'+1+1");
        assertThat(CsvTableSink.field("-2")).isEqualTo("'-2");
        assertThat(CsvTableSink.field("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(CsvTableSink.field("\tcmd")).isEqualTo("'\tcmd");
        assertThat(CsvTableSink.field("\r=1")).isEqualTo("\"'\r=1\"");
    }

    @Test
    public void leavesFormulaCharactersAfterTheFirstAlone() {
        assertThat(CsvTableSink.field("1+1=2 @ home - done")).isEqualTo("1+1=2 @ home - done");
    }

    @Test
    public void keepsUnicodeIncludingCharactersBeyondTheBasicPlane() {
        assertThat(CsvTableSink.field("Danke schön, Zoë 🎉")).isEqualTo("\"Danke schön, Zoë 🎉\"");
        assertThat(CsvTableSink.field("日本語")).isEqualTo("日本語");
    }

    @Test
    public void writesHeaderAndRowsEndingInCrLfWithNumbersAsTheyAre() throws IOException {
        // given
        StringWriter out = new StringWriter();
        CsvTableSink sink = new CsvTableSink(out, key -> key.substring(key.lastIndexOf('.') + 1));

        // when
        sink.columns(List.of("service-culture.reports.column.person", "service-culture.reports.column.received"));
        sink.row(List.of("carol", 12L));
        sink.row(List.of("-x, y", -3L));

        // then
        assertThat(out.toString()).isEqualTo("person,received\r\ncarol,12\r\n\"'-x, y\",-3\r\n");
    }

    @Test
    public void writesEveryCellAsTheFieldSpellingOfItsText() throws IOException {
        // given texts that need nothing, quotes, doubled quotes, an apostrophe, or several of these
        List<Object> texts = List.of(
                "plain",
                "Thanks, Carol",
                "\"quoted\" twice \"\"",
                "=1+1",
                "-x, \"y\"",
                "line\r\nbreak",
                "\"",
                "",
                "Zoë 🎉, done");
        StringWriter out = new StringWriter();

        // when
        new CsvTableSink(out, key -> key).row(texts);

        // then
        StringBuilder expected = new StringBuilder();
        for (Object text : texts) {
            expected.append(expected.length() == 0 ? "" : ",").append(CsvTableSink.field((String) text));
        }
        assertThat(out.toString())
                .isEqualTo(expected + "\r\n")
                .isEqualTo("plain,\"Thanks, Carol\",\"\"\"quoted\"\" twice \"\"\"\"\",'=1+1,\"'-x, \"\"y\"\"\","
                        + "\"line\r\nbreak\",\"\"\"\",,\"Zoë 🎉, done\"\r\n");
    }
}
