package io.serviceculture.acceptance.testing;

import java.util.ArrayList;
import java.util.List;

/** Reads RFC 4180 CSV back in tests, strictly: records end in CRLF, quoted fields may hold anything. */
public final class Csv {
    private Csv() {}

    public static List<List<String>> parse(String text) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int i = 0;
        boolean quoted = false;
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
                    field.append(c);
                }
                i++;
            } else if (c == '"' && field.length() == 0) {
                quoted = true;
                i++;
            } else if (c == ',') {
                record.add(field.toString());
                field.setLength(0);
                i++;
            } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                record.add(field.toString());
                field.setLength(0);
                records.add(record);
                record = new ArrayList<>();
                i += 2;
            } else if (c == '\n' || c == '\r' || c == '"') {
                throw new AssertionError("bare " + (int) c + " outside quotes at " + i + " in " + text);
            } else {
                field.append(c);
                i++;
            }
        }
        if (quoted || field.length() > 0 || !record.isEmpty()) {
            throw new AssertionError("the last record does not end in CRLF: " + text);
        }
        return records;
    }
}
