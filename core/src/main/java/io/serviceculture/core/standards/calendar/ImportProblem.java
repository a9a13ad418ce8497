package io.serviceculture.core.standards.calendar;

import java.util.List;

/**
 * One thing wrong in an imported holiday file: the line it is on (1-based), the i18n key of the import error
 * and its arguments (the first is always the line).
 */
public record ImportProblem(int line, String messageKey, List<Object> arguments) {
    public ImportProblem {
        arguments = List.copyOf(arguments);
    }

    static ImportProblem at(int line, String messageKey, Object... details) {
        Object[] arguments = new Object[details.length + 1];
        arguments[0] = line;
        System.arraycopy(details, 0, arguments, 1, details.length);
        return new ImportProblem(line, messageKey, List.of(arguments));
    }
}
