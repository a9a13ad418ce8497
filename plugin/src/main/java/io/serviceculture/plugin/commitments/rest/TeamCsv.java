package io.serviceculture.plugin.commitments.rest;

import io.serviceculture.plugin.commitments.rest.CommitmentsJson.CheckInJson;
import io.serviceculture.plugin.commitments.rest.CommitmentsJson.CommitmentJson;
import java.util.List;
import java.util.Locale;

/**
 * The "My team" view as CSV: RFC 4180 (CRLF, quotes doubled), UTF-8, a header row; a cell beginning with
 * {@code = + - @} is prefixed with an apostrophe, so that a spreadsheet shows it rather than running it.
 */
final class TeamCsv {
    static final String HEADER =
            "owner,name,period,commitment,measure,target,actual,unit,progress_percent,status,signed_off,last_check_in";

    private TeamCsv() {}

    static String write(List<CommitmentJson> rows) {
        StringBuilder out = new StringBuilder(HEADER).append("\r\n");
        for (CommitmentJson row : rows) {
            List<CheckInJson> checkIns = row.checkIns();
            String lastCheckIn = checkIns.isEmpty()
                    ? ""
                    : checkIns.get(checkIns.size() - 1).at() + " "
                            + checkIns.get(checkIns.size() - 1).note();
            String measure =
                    row.target().measure() == null ? "MILESTONES" : row.target().measure();
            line(
                    out,
                    row.owner().name(),
                    row.owner().displayName(),
                    row.period().label() == null ? "" : row.period().label(),
                    row.text(),
                    measure,
                    row.target().value() == null ? "" : number(row.target().value()),
                    row.measurement().actual() == null
                            ? ""
                            : number(row.measurement().actual()),
                    row.measurement().unit(),
                    row.measurement().progress() == null
                            ? ""
                            : number(row.measurement().progress()),
                    row.measurement().status(),
                    row.signedOff() ? "yes" : "no",
                    lastCheckIn);
        }
        return out.toString();
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    private static void line(StringBuilder out, String... cells) {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(cell(cells[i]));
        }
        out.append("\r\n");
    }

    static String cell(String value) {
        String text = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
