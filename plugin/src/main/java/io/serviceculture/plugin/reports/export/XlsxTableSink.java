package io.serviceculture.plugin.reports.export;

import io.serviceculture.core.reports.TableSink;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.zip.Deflater;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes a table as an XLSX workbook while it is produced. fastexcel keeps only the rows not yet flushed, and
 * strings are written inline rather than into a shared-strings table that would grow with every message, so a
 * million rows take the memory of a few thousand. A sheet holds at most 1,048,576 rows; past 1,048,575 data rows
 * under the header a new sheet starts, with the header again. Text cells are never formulas in XLSX, so they are
 * written as they are, less the control characters XML cannot carry.
 */
public final class XlsxTableSink implements TableSink {
    public static final int MAX_DATA_ROWS_PER_SHEET = 1_048_575;
    static final int FLUSH_EVERY = 1000;

    private final Workbook workbook;
    private final String sheetName;
    private final Function<String, String> headerText;
    private final int maxDataRows;
    private List<String> headers = List.of();
    private Worksheet sheet;
    private int sheets;
    private int dataRows;

    /**
     * @param sheetName the first sheet's name; later ones add a number
     * @param headerText turns a column's i18n key into its header in the reader's language
     */
    public XlsxTableSink(OutputStream out, String sheetName, Function<String, String> headerText) {
        this(out, sheetName, headerText, MAX_DATA_ROWS_PER_SHEET);
    }

    XlsxTableSink(OutputStream out, String sheetName, Function<String, String> headerText, int maxDataRows) {
        this.workbook = new Workbook(out, "Service Culture for Jira", "1.0");
        // deflate's fastest level: the repetitive XML hardly compresses better at the default level (a million
        // detail rows: 74 MB here, 69 MB before), and the export is CPU-bound
        workbook.setCompressionLevel(Deflater.BEST_SPEED);
        this.sheetName = sheetName;
        this.headerText = headerText;
        this.maxDataRows = maxDataRows;
        this.sheet = newSheet();
    }

    @Override
    public void columns(List<String> headerKeys) {
        List<String> texts = new ArrayList<>(headerKeys.size());
        for (String key : headerKeys) {
            texts.add(headerText.apply(key));
        }
        headers = List.copyOf(texts);
        writeHeader();
    }

    @Override
    public void row(List<Object> cells) throws IOException {
        if (dataRows == maxDataRows) {
            sheet.finish();
            sheet = newSheet();
            writeHeader();
        }
        int row = ++dataRows;
        for (int column = 0; column < cells.size(); column++) {
            Object cell = cells.get(column);
            if (cell instanceof Number number) {
                sheet.value(row, column, number);
            } else {
                sheet.inlineString(row, column, xmlSafe(String.valueOf(cell)));
            }
        }
        if (row % FLUSH_EVERY == 0) {
            sheet.flush();
        }
    }

    /** Ends the last sheet and the workbook; the caller closes the stream. */
    public void finish() throws IOException {
        sheet.finish();
        workbook.finish();
    }

    private Worksheet newSheet() {
        sheets++;
        dataRows = 0;
        return workbook.newWorksheet(sheets == 1 ? sheetName : sheetName + " " + sheets);
    }

    private void writeHeader() {
        for (int column = 0; column < headers.size(); column++) {
            sheet.inlineString(0, column, headers.get(column));
            sheet.style(0, column).bold().set();
        }
    }

    // XML 1.0 has no way to write most C0 controls, and a lone surrogate is not a character
    static String xmlSafe(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0xFFFE || c == 0xFFFF) {
                return strip(text);
            }
        }
        return text;
    }

    private static String strip(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c >= 0x20 || c == '\t' || c == '\n' || c == '\r') && c != 0xFFFE && c != 0xFFFF) {
                out.append(c);
            }
        }
        return out.toString();
    }
}
