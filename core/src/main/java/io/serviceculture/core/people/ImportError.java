package io.serviceculture.core.people;

import java.util.List;

/**
 * One problem in an imported file, for the error report an admin fixes the file from.
 *
 * @param line the line of the file the row starts on, 1 for the header
 * @param messageKey one of the reporting-line import error keys in {@link ReportingLinesImport}
 * @param arguments the message's arguments, the line number first
 */
public record ImportError(int line, String messageKey, List<Object> arguments) {
    public ImportError {
        if (line < 1) {
            throw new IllegalArgumentException("lines count from 1");
        }
        if (!ReportingLinesImport.ERROR_KEYS.contains(messageKey)) {
            throw new IllegalArgumentException("import errors use the import error keys: " + messageKey);
        }
        arguments = List.copyOf(arguments);
    }
}
