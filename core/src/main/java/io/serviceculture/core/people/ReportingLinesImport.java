package io.serviceculture.core.people;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads an admin's reporting-line file: UTF-8 CSV (RFC 4180 quoting, optional byte-order mark) with the header
 * {@code user,manager} and one person per row, both by user name. Every row is checked and every problem
 * reported with its line; the import is all or nothing, so a file with any error changes no one's manager.
 */
public final class ReportingLinesImport {
    // Keys are written out in full so that the bundle's key check sees every one of them.
    public static final String ENCODING = "service-culture.people.import.error.encoding";
    public static final String HEADER = "service-culture.people.import.error.header";
    public static final String QUOTE = "service-culture.people.import.error.quote";
    public static final String EMPTY = "service-culture.people.import.error.empty";
    public static final String COLUMNS = "service-culture.people.import.error.columns";
    public static final String BLANK = "service-culture.people.import.error.blank";
    public static final String UNKNOWN_USER = "service-culture.people.import.error.unknown-user";
    public static final String UNKNOWN_MANAGER = "service-culture.people.import.error.unknown-manager";
    public static final String SELF_MANAGER = "service-culture.people.import.error.self-manager";
    public static final String DUPLICATE = "service-culture.people.import.error.duplicate";
    public static final String CYCLE = "service-culture.people.import.error.cycle";

    static final Set<String> ERROR_KEYS = Set.of(
            ENCODING,
            HEADER,
            QUOTE,
            EMPTY,
            COLUMNS,
            BLANK,
            UNKNOWN_USER,
            UNKNOWN_MANAGER,
            SELF_MANAGER,
            DUPLICATE,
            CYCLE);

    /** Finds a person's key by the user name written in the file. */
    @FunctionalInterface
    public interface UserLookup {
        Optional<UserKey> findByName(String userName);
    }

    /** The outcome of an import: the new reporting lines, or every error and nothing else. */
    public sealed interface Result permits Imported, Rejected {}

    public record Imported(ReportingLines lines) implements Result {}

    public record Rejected(List<ImportError> errors) implements Result {
        public Rejected {
            if (errors.isEmpty()) {
                throw new IllegalArgumentException("a rejected import has at least one error");
            }
            errors = List.copyOf(errors);
        }
    }

    private final UserLookup users;

    public ReportingLinesImport(UserLookup users) {
        this.users = users;
    }

    public Result read(byte[] file) {
        String text;
        try {
            text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(file))
                    .toString();
        } catch (CharacterCodingException e) {
            return reject(new ImportError(1, ENCODING, List.of(1)));
        }
        return read(text);
    }

    public Result read(String text) {
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<CsvRecord> records;
        try {
            records = CsvRecord.parse(text);
        } catch (CsvRecord.QuoteException e) {
            return reject(new ImportError(e.line(), QUOTE, List.of(e.line())));
        }
        if (records.isEmpty() || !isHeader(records.get(0))) {
            return reject(new ImportError(1, HEADER, List.of(1, "user,manager")));
        }
        if (records.size() == 1) {
            return reject(new ImportError(1, EMPTY, List.of(1)));
        }
        List<ImportError> errors = new ArrayList<>();
        Map<UserKey, UserKey> managerOf = new LinkedHashMap<>();
        Map<UserKey, Row> rowOf = new HashMap<>();
        for (CsvRecord record : records.subList(1, records.size())) {
            checkRow(record, errors).ifPresent(row -> {
                Row first = rowOf.get(row.user());
                if (first != null) {
                    errors.add(error(row.line(), DUPLICATE, row.userName(), first.line()));
                } else {
                    rowOf.put(row.user(), row);
                    managerOf.put(row.user(), row.manager());
                }
            });
        }
        for (Row row : rowOf.values()) {
            if (ReportingLines.cycleFrom(row.user(), managerOf)) {
                errors.add(error(row.line(), CYCLE, row.userName(), describeCycle(row, managerOf, rowOf)));
            }
        }
        if (!errors.isEmpty()) {
            errors.sort(Comparator.comparingInt(ImportError::line).thenComparing(ImportError::messageKey));
            return new Rejected(errors);
        }
        return new Imported(ReportingLines.of(managerOf));
    }

    private record Row(int line, String userName, UserKey user, UserKey manager) {}

    private Optional<Row> checkRow(CsvRecord record, List<ImportError> errors) {
        int line = record.line();
        if (record.fields().size() != 2) {
            errors.add(error(line, COLUMNS, record.fields().size(), 2));
            return Optional.empty();
        }
        String userName = record.fields().get(0).strip();
        String managerName = record.fields().get(1).strip();
        if (userName.isEmpty() || managerName.isEmpty()) {
            errors.add(error(line, BLANK, userName.isEmpty() ? "user" : "manager"));
            return Optional.empty();
        }
        Optional<UserKey> user = users.findByName(userName);
        Optional<UserKey> manager = users.findByName(managerName);
        if (user.isEmpty()) {
            errors.add(error(line, UNKNOWN_USER, userName));
        }
        if (manager.isEmpty()) {
            errors.add(error(line, UNKNOWN_MANAGER, managerName));
        }
        if (user.isEmpty() || manager.isEmpty()) {
            return Optional.empty();
        }
        if (user.get().equals(manager.get())) {
            errors.add(error(line, SELF_MANAGER, userName));
            return Optional.empty();
        }
        return Optional.of(new Row(line, userName, user.get(), manager.get()));
    }

    private static String describeCycle(Row start, Map<UserKey, UserKey> managerOf, Map<UserKey, Row> rowOf) {
        StringBuilder chain = new StringBuilder(start.userName());
        UserKey current = managerOf.get(start.user());
        while (current != null && !current.equals(start.user())) {
            chain.append(" → ").append(rowOf.get(current).userName());
            current = managerOf.get(current);
        }
        return chain.append(" → ").append(start.userName()).toString();
    }

    private static boolean isHeader(CsvRecord record) {
        return record.fields().size() == 2
                && record.fields().get(0).strip().toLowerCase(Locale.ROOT).equals("user")
                && record.fields().get(1).strip().toLowerCase(Locale.ROOT).equals("manager");
    }

    private static ImportError error(int line, String key, Object... more) {
        List<Object> arguments = new ArrayList<>();
        arguments.add(line);
        arguments.addAll(List.of(more));
        return new ImportError(line, key, arguments);
    }

    private static Rejected reject(ImportError error) {
        return new Rejected(List.of(error));
    }
}
