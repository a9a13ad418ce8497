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
     * @throws InvalidInputException carrying every problem, line by line, on the field {@code file}
     */
    public List<Holiday> holidaysOrThrow() {
        if (!problems.isEmpty()) {
            throw InvalidInputException.all(problems.stream()
                    .map(problem -> InvalidInputException.onField(
                            "file", problem.messageKey(), problem.arguments().toArray()))
                    .toList());
        }
        return holidays;
    }
}
