package io.serviceculture.core.reports;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.function.Function;

/**
 * Writes a table as RFC 4180 CSV: comma separated, CRLF after every record, a field quoted when it holds a comma,
 * a quote, CR or LF, quotes doubled. Text that a spreadsheet would run as a formula (starting with {@code = + - @},
 * tab or CR) is made inert with a leading apostrophe, as OWASP advises; numbers are written as they are. The caller
 * owns the writer (UTF-8, buffered) and any byte order mark.
 */
public final class CsvTableSink implements TableSink {
    private final Writer out;
    private final Function<String, String> headerText;

    /**
     * @param headerText turns a column's i18n key into its header in the reader's language
     */
    public CsvTableSink(Writer out, Function<String, String> headerText) {
        this.out = out;
        this.headerText = headerText;
    }

    @Override
    public void columns(List<String> headerKeys) throws IOException {
        for (int i = 0; i < headerKeys.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            writeText(headerText.apply(headerKeys.get(i)));
        }
        out.write("\r\n");
    }

    @Override
    public void row(List<Object> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            Object cell = cells.get(i);
            if (cell instanceof Long || cell instanceof Integer) {
                out.write(cell.toString());
            } else {
                writeText(String.valueOf(cell));
            }
        }
        out.write("\r\n");
    }

    /** One text field as it appears in the file. */
    public static String field(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        appendField(out, text);
        return out.toString();
    }

    // straight to the writer in runs between quotes: no copy of the text per field, as messages often need quoting
    private void writeText(String text) throws IOException {
        if (isPlain(text)) {
            out.write(text);
            return;
        }
        boolean inert = !text.isEmpty() && startsLikeAFormula(text.charAt(0));
        boolean quote = needsQuotes(text);
        if (quote) {
            out.write('"');
        }
        if (inert) {
            out.write('\'');
        }
        if (!quote) {
            out.write(text);
            return;
        }
        int from = 0;
        for (int at = text.indexOf('"'); at >= 0; at = text.indexOf('"', from)) {
            out.write(text, from, at + 1 - from);
            out.write('"');
            from = at + 1;
        }
        out.write(text, from, text.length() - from);
        out.write('"');
    }

    private static boolean needsQuotes(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ',' || c == '"' || c == '\r' || c == '\n') {
                return true;
            }
        }
        return false;
    }

    // the common case, checked without allocating: nothing to quote and nothing a spreadsheet would run
    private static boolean isPlain(String text) {
        if (!text.isEmpty() && startsLikeAFormula(text.charAt(0))) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ',' || c == '"' || c == '\r' || c == '\n') {
                return false;
            }
        }
        return true;
    }

    private static void appendField(StringBuilder out, String text) {
        String inert = !text.isEmpty() && startsLikeAFormula(text.charAt(0)) ? "'" + text : text;
        boolean quote = false;
        for (int i = 0; i < inert.length() && !quote; i++) {
            char c = inert.charAt(i);
            quote = c == ',' || c == '"' || c == '\r' || c == '\n';
        }
        if (!quote) {
            out.append(inert);
            return;
        }
        out.append('"');
        for (int i = 0; i < inert.length(); i++) {
            char c = inert.charAt(i);
            if (c == '"') {
                out.append('"');
            }
            out.append(c);
        }
        out.append('"');
    }

    private static boolean startsLikeAFormula(char first) {
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }
}
