package io.serviceculture.plugin.accountability.rest;

import io.serviceculture.core.accountability.Cell;
import io.serviceculture.core.accountability.Components;
import io.serviceculture.core.accountability.ScoreMatrix;
import io.serviceculture.core.people.TeamKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The matrix as CSV (RFC 4180): CRLF line ends, fields quoted when they hold a comma, quote or line break, quotes
 * doubled. A text field a spreadsheet would run as a formula (starting {@code = + - @}, tab or carriage return)
 * gets a leading apostrophe, so a team named {@code =HYPERLINK(…)} stays text.
 */
public final class MatrixCsv {
    private MatrixCsv() {}

    /**
     * @param headers the column titles in the reader's language
     * @param noTeam how reporters in no team are named
     */
    public static String write(ScoreMatrix matrix, List<String> headers, String noTeam) {
        StringBuilder out = new StringBuilder();
        line(out, headers.stream().map(MatrixCsv::text).toList());
        for (TeamKey provider : matrix.providers()) {
            for (Optional<TeamKey> client : matrix.clients()) {
                Optional<Cell> found = matrix.cell(provider, client);
                if (found.isEmpty()) {
                    continue;
                }
                Cell cell = found.get();
                Components c = cell.components();
                List<String> fields = new ArrayList<>();
                fields.add(text(provider.groupName()));
                fields.add(text(client.map(TeamKey::groupName).orElse(noTeam)));
                fields.add(
                        cell.score().isPresent()
                                ? String.format(
                                        Locale.ROOT, "%.1f", cell.score().getAsDouble())
                                : "");
                fields.add(String.valueOf(cell.issues()));
                fields.add(String.valueOf(cell.lowConfidence()));
                fields.add(String.valueOf(c.attainment().numerator()));
                fields.add(String.valueOf(c.attainment().denominator()));
                fields.add(String.valueOf(c.ownership().numerator()));
                fields.add(String.valueOf(c.ownership().denominator()));
                fields.add(String.valueOf(c.reopens().numerator()));
                fields.add(String.valueOf(c.reopens().denominator()));
                fields.add(String.valueOf(c.rating().numerator()));
                fields.add(String.valueOf(c.rating().denominator()));
                line(out, fields);
            }
        }
        return out.toString();
    }

    private static void line(StringBuilder out, List<String> fields) {
        out.append(String.join(",", fields)).append("\r\n");
    }

    /** A text field, made inert and quoted as needed. */
    static String text(String value) {
        String inert = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        boolean quote = inert.indexOf(',') >= 0
                || inert.indexOf('"') >= 0
                || inert.indexOf('\n') >= 0
                || inert.indexOf('\r') >= 0;
        return quote ? '"' + inert.replace("\"", "\"\"") + '"' : inert;
    }
}
