package io.serviceculture.plugin.reports.export;

import static org.assertj.core.api.Assertions.assertThat;

import io.serviceculture.core.reports.ReportKind;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.Test;

public class XlsxTableSinkTest {

    @Test
    public void startsANewSheetWithTheHeaderAgainWhenASheetIsFull() throws IOException {
        // given sheets of two data rows
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        XlsxTableSink sink = new XlsxTableSink(out, "detail", key -> key.toUpperCase(java.util.Locale.ROOT), 2);

        // when five rows are written
        sink.columns(List.of("id", "text"));
        for (long i = 1; i <= 5; i++) {
            sink.row(List.of(i, "row " + i));
        }
        sink.finish();

        // then
        List<List<List<String>>> sheets = read(out.toByteArray());
        assertThat(sheets).hasSize(3);
        assertThat(sheets.get(0)).containsExactly(List.of("ID", "TEXT"), List.of("1", "row 1"), List.of("2", "row 2"));
        assertThat(sheets.get(1)).containsExactly(List.of("ID", "TEXT"), List.of("3", "row 3"), List.of("4", "row 4"));
        assertThat(sheets.get(2)).containsExactly(List.of("ID", "TEXT"), List.of("5", "row 5"));
        assertThat(sheetNames(out.toByteArray())).containsExactly("detail", "detail 2", "detail 3");
    }

    @Test
    public void keepsFormulaLookingTextAsTextAndDropsControlCharactersXmlCannotHold() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        XlsxTableSink sink = new XlsxTableSink(out, "detail", key -> key);

        sink.columns(List.of("text"));
        sink.row(List.of("=1+1"));
        sink.row(List.of("bell\u0007 and line\nbreak, Zoë 🎉"));
        sink.finish();

        assertThat(read(out.toByteArray()).get(0))
                .containsExactly(List.of("text"), List.of("=1+1"), List.of("bell and line\nbreak, Zoë 🎉"));
    }

    @Test
    public void writesCsvWithAByteOrderMarkOnlyWhenAskedFor() throws IOException {
        ByteArrayOutputStream with = new ByteArrayOutputStream();
        ByteArrayOutputStream without = new ByteArrayOutputStream();
        ReportFiles.Table table = sink -> {
            sink.columns(List.of("k"));
            sink.row(List.of("ä"));
        };

        ReportFiles.CSV.write(with, ReportKind.VALUES, true, key -> key, table);
        ReportFiles.CSV.write(without, ReportKind.VALUES, false, key -> key, table);

        assertThat(with.toByteArray()).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(new String(without.toByteArray(), StandardCharsets.UTF_8)).isEqualTo("k\r\nä\r\n");
    }

    static List<List<List<String>>> read(byte[] xlsx) throws IOException {
        List<List<List<String>>> sheets = new ArrayList<>();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            for (Sheet sheet : workbook.getSheets().toList()) {
                try (Stream<Row> rows = sheet.openStream()) {
                    sheets.add(rows.map(row -> row.stream()
                                    .map(cell -> cell == null ? "" : cell.getText())
                                    .collect(Collectors.toList()))
                            .collect(Collectors.toList()));
                }
            }
        }
        return sheets;
    }

    private static List<String> sheetNames(byte[] xlsx) throws IOException {
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            return workbook.getSheets().map(Sheet::getName).toList();
        }
    }
}
