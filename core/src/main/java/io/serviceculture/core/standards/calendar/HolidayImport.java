package io.serviceculture.core.standards.calendar;

import io.serviceculture.core.common.InvalidInputException;
import java.util.List;

/**
 * What a holiday file held: the holidays read, sorted by date, and every problem found, line by line, so that an
 * admin can fix the file in one go. An import with problems should not be applied.
 */
public record HolidayImport(List<Holiday> holidays, List<ImportProblem> problems) {
    /** More holidays than this in one file is surely not a holiday list. */
    public static final int MAX_HOLIDAYS = 5_000;

    public HolidayImport {
        holidays = holidays.stream().sorted().toList();
        problems = List.copyOf(problems);
    }

    public boolean isClean() {
        return problems.isEmpty();
    }

    /**
     * The holidays, if the file had no problem.
     *
     * @throws InvalidInputException carrying the first problem's key and arguments
     */
    public List<Holiday> holidaysOrThrow() {
        if (!problems.isEmpty()) {
            ImportProblem first = problems.get(0);
            throw InvalidInputException.onField(
                    "file", first.messageKey(), first.arguments().toArray());
        }
        return holidays;
    }
}
