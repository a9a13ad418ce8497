package io.serviceculture.core.people;

import java.util.ArrayList;
import java.util.List;

/** One record of an RFC 4180 file, with the line it starts on; blank lines are no records. */
record CsvRecord(int line, List<String> fields) {
    CsvRecord {
        fields = List.copyOf(fields);
    }

    /** A quote that opens and never closes, or stands inside an unquoted field. */
    static final class QuoteException extends Exception {
        private static final long serialVersionUID = 1L;
        private final int line;

        QuoteException(int line) {
            super("bad quoting on line " + line);
            this.line = line;
        }

        int line() {
            return line;
        }
    }

    static List<CsvRecord> parse(String text) throws QuoteException {
        List<CsvRecord> records = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int line = 1;
        int recordLine = 1;
        boolean quoted = false;
        boolean wasQuoted = false;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i += 2;
                    continue;
                }
                if (c == '"') {
                    quoted = false;
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append(c);
                }
                i++;
                continue;
            }
            if (c == '"') {
                if (!field.toString().isBlank()) {
                    throw new QuoteException(line);
                }
                field.setLength(0);
                quoted = true;
                wasQuoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
                wasQuoted = false;
            } else if (c == '\r' || c == '\n') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                end(records, fields, field, wasQuoted, recordLine);
                wasQuoted = false;
                line++;
                recordLine = line;
            } else if (wasQuoted && !Character.isWhitespace(c)) {
                throw new QuoteException(line);
            } else {
                field.append(c);
            }
            i++;
        }
        if (quoted) {
            throw new QuoteException(recordLine);
        }
        end(records, fields, field, wasQuoted, recordLine);
        return records;
    }

    private static void end(
            List<CsvRecord> records, List<String> fields, StringBuilder field, boolean wasQuoted, int line) {
        boolean blankLine = fields.isEmpty() && field.length() == 0 && !wasQuoted;
        if (!blankLine) {
            fields.add(field.toString());
            records.add(new CsvRecord(line, fields));
        }
        fields.clear();
        field.setLength(0);
    }
}
