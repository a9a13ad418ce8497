package io.serviceculture.core.standards.calendar;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads holidays from an iCalendar (RFC 5545) file, as exported by most calendar apps: each {@code VEVENT} with
 * an all-day {@code DTSTART;VALUE=DATE} is a holiday named by its {@code SUMMARY}; an all-day {@code DTEND}
 * (exclusive, as the RFC says) makes it span several days. Folded lines are unfolded. Timed events and
 * recurrence rules are reported as problems rather than guessed at. Two events on one day keep the first name.
 */
public final class IcsHolidayParser {
    private static final DateTimeFormatter BASIC_DATE = DateTimeFormatter.ofPattern("uuuuMMdd", Locale.ROOT);
    /** A multi-day event longer than this is a mistake, not a holiday. */
    private static final int MAX_EVENT_DAYS = 366;

    private IcsHolidayParser() {}

    private record Line(int number, String name, String parameters, String value) {}

    public static HolidayImport parse(String text) {
        List<Line> lines = unfold(HolidayCsvParser.stripByteOrderMark(text));
        Map<LocalDate, Holiday> holidays = new LinkedHashMap<>();
        List<ImportProblem> problems = new ArrayList<>();
        List<Line> event = null;
        int eventLine = 0;
        for (Line line : lines) {
            if (line.name().equals("BEGIN") && line.value().equalsIgnoreCase("VEVENT")) {
                if (event != null) {
                    problems.add(ImportProblem.at(
                            eventLine, "service-culture.standards.calendar.import.error.ics.unterminated"));
                }
                event = new ArrayList<>();
                eventLine = line.number();
            } else if (line.name().equals("END") && line.value().equalsIgnoreCase("VEVENT")) {
                if (event != null) {
                    readEvent(eventLine, event, holidays, problems);
                }
                event = null;
            } else if (event != null) {
                event.add(line);
            }
        }
        if (event != null) {
            problems.add(
                    ImportProblem.at(eventLine, "service-culture.standards.calendar.import.error.ics.unterminated"));
        }
        if (holidays.size() > HolidayImport.MAX_HOLIDAYS) {
            problems.add(ImportProblem.at(
                    lines.isEmpty() ? 1 : lines.get(lines.size() - 1).number(),
                    "service-culture.standards.calendar.import.error.too-many",
                    HolidayImport.MAX_HOLIDAYS));
        } else if (holidays.isEmpty() && problems.isEmpty()) {
            problems.add(ImportProblem.at(1, "service-culture.standards.calendar.import.error.empty"));
        }
        return new HolidayImport(List.copyOf(holidays.values()), problems);
    }

    private static void readEvent(
            int eventLine, List<Line> event, Map<LocalDate, Holiday> holidays, List<ImportProblem> problems) {
        Optional<Line> start = property(event, "DTSTART");
        if (start.isEmpty()) {
            problems.add(ImportProblem.at(eventLine, "service-culture.standards.calendar.import.error.ics.no-start"));
            return;
        }
        Optional<Line> recurrence = property(event, "RRULE");
        if (recurrence.isPresent()) {
            problems.add(ImportProblem.at(
                    recurrence.get().number(), "service-culture.standards.calendar.import.error.ics.recurrence"));
            return;
        }
        Optional<LocalDate> first = allDayDate(start.get(), problems);
        if (first.isEmpty()) {
            return;
        }
        LocalDate endExclusive = first.get().plusDays(1);
        Optional<Line> end = property(event, "DTEND");
        if (end.isPresent()) {
            Optional<LocalDate> last = allDayDate(end.get(), problems);
            if (last.isEmpty()) {
                return;
            }
            if (!last.get().isAfter(first.get())) {
                problems.add(ImportProblem.at(
                        end.get().number(),
                        "service-culture.standards.calendar.import.error.ics.end-before-start",
                        last.get(),
                        first.get()));
                return;
            }
            if (last.get().toEpochDay() - first.get().toEpochDay() > MAX_EVENT_DAYS) {
                problems.add(ImportProblem.at(
                        end.get().number(),
                        "service-culture.standards.calendar.import.error.ics.too-long",
                        MAX_EVENT_DAYS));
                return;
            }
            endExclusive = last.get();
        }
        String name = property(event, "SUMMARY").map(l -> unescape(l.value())).orElse("");
        for (LocalDate day = first.get(); day.isBefore(endExclusive); day = day.plusDays(1)) {
            holidays.putIfAbsent(day, new Holiday(day, name));
        }
    }

    private static Optional<LocalDate> allDayDate(Line line, List<ImportProblem> problems) {
        String value = line.value().strip();
        boolean declaredDate = line.parameters().toUpperCase(Locale.ROOT).contains("VALUE=DATE")
                && !line.parameters().toUpperCase(Locale.ROOT).contains("VALUE=DATE-TIME");
        if (value.contains("T") || (!declaredDate && value.length() != 8)) {
            problems.add(ImportProblem.at(
                    line.number(), "service-culture.standards.calendar.import.error.ics.not-all-day", value));
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(value, BASIC_DATE));
        } catch (DateTimeParseException e) {
            problems.add(
                    ImportProblem.at(line.number(), "service-culture.standards.calendar.import.error.date", value));
            return Optional.empty();
        }
    }

    private static Optional<Line> property(List<Line> event, String name) {
        return event.stream().filter(l -> l.name().equals(name)).findFirst();
    }

    /** Joins folded lines (a line starting with a space or tab continues the one before). */
    private static List<Line> unfold(String text) {
        String[] physical = text.split("\r\n|\n|\r", -1);
        List<Line> lines = new ArrayList<>();
        StringBuilder current = null;
        int currentNumber = 0;
        for (int i = 0; i < physical.length; i++) {
            String raw = physical[i];
            if (current != null && !raw.isEmpty() && (raw.charAt(0) == ' ' || raw.charAt(0) == '\t')) {
                current.append(raw, 1, raw.length());
                continue;
            }
            if (current != null) {
                lines.add(split(currentNumber, current.toString()));
            }
            current = raw.isBlank() ? null : new StringBuilder(raw);
            currentNumber = i + 1;
        }
        if (current != null) {
            lines.add(split(currentNumber, current.toString()));
        }
        return lines;
    }

    private static Line split(int number, String content) {
        int colon = content.indexOf(':');
        String head = colon < 0 ? content : content.substring(0, colon);
        String value = colon < 0 ? "" : content.substring(colon + 1);
        int semicolon = head.indexOf(';');
        String name =
                (semicolon < 0 ? head : head.substring(0, semicolon)).strip().toUpperCase(Locale.ROOT);
        String parameters = semicolon < 0 ? "" : head.substring(semicolon + 1);
        return new Line(number, name, parameters, value);
    }

    private static String unescape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                char next = text.charAt(++i);
                out.append(next == 'n' || next == 'N' ? ' ' : next);
            } else {
                out.append(c);
            }
        }
        return out.toString().strip();
    }
}
