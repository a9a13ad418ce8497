package io.serviceculture.core.standards.calendar;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads holidays from CSV text with the columns {@code date,name}: an ISO date ({@code 2026-12-25}) and an
 * optional name, which may be quoted as in RFC 4180 when it holds a comma. A first line {@code date,name} is
 * taken as a header; blank lines are skipped. Every bad line is reported, not only the first.
 */
public final class HolidayCsvParser {
    private static final String HEADER = "date,name";

    private HolidayCsvParser() {}

    public static HolidayImport parse(String text) {
        List<Holiday> holidays = new ArrayList<>();
        List<ImportProblem> problems = new ArrayList<>();
        Map<LocalDate, Integer> firstLineOf = new HashMap<>();
        String[] lines = stripByteOrderMark(text).split("\r\n|\n|\r", -1);
        for (int i = 0; i < lines.length; i++) {
            int lineNumber = i + 1;
            String line = lines[i].strip();
            if (line.isEmpty() || (i == 0 && line.replace(" ", "").equalsIgnoreCase(HEADER))) {
                continue;
            }
            int comma = line.indexOf(',');
            String dateText = (comma < 0 ? line : line.substring(0, comma)).strip();
            String nameText = comma < 0 ? "" : line.substring(comma + 1).strip();
            LocalDate date;
            try {
                date = LocalDate.parse(dateText);
            } catch (DateTimeParseException e) {
                problems.add(
                        ImportProblem.at(lineNumber, "service-culture.standards.calendar.import.error.date", dateText));
                continue;
            }
            String name;
            if (nameText.startsWith("\"")) {
                if (nameText.length() < 2 || !nameText.endsWith("\"")) {
                    problems.add(ImportProblem.at(lineNumber, "service-culture.standards.calendar.import.error.quote"));
                    continue;
                }
                String inner = nameText.substring(1, nameText.length() - 1);
                if (inner.replace("\"\"", "").contains("\"")) {
                    problems.add(ImportProblem.at(lineNumber, "service-culture.standards.calendar.import.error.quote"));
                    continue;
                }
                name = inner.replace("\"\"", "\"");
            } else if (nameText.contains("\"") || nameText.contains(",")) {
                problems.add(ImportProblem.at(lineNumber, "service-culture.standards.calendar.import.error.columns"));
                continue;
            } else {
                name = nameText;
            }
            Integer earlier = firstLineOf.putIfAbsent(date, lineNumber);
            if (earlier != null) {
                problems.add(ImportProblem.at(
                        lineNumber, "service-culture.standards.calendar.import.error.duplicate", date, earlier));
                continue;
            }
            holidays.add(new Holiday(date, name));
        }
        if (holidays.size() > HolidayImport.MAX_HOLIDAYS) {
            problems.add(ImportProblem.at(
                    lines.length,
                    "service-culture.standards.calendar.import.error.too-many",
                    HolidayImport.MAX_HOLIDAYS));
        } else if (holidays.isEmpty() && problems.isEmpty()) {
            problems.add(ImportProblem.at(1, "service-culture.standards.calendar.import.error.empty"));
        }
        return new HolidayImport(holidays, problems);
    }

    static String stripByteOrderMark(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }
}
