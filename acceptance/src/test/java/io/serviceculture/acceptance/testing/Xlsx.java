package io.serviceculture.acceptance.testing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/** Reads XLSX back in tests with fastexcel-reader: every sheet, every row, every cell as its text. */
public final class Xlsx {
    private Xlsx() {}

    public static List<List<List<String>>> read(byte[] xlsx) {
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
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sheets;
    }
}
