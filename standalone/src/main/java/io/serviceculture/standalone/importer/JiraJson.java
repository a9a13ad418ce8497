package io.serviceculture.standalone.importer;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.util.Optional;

/** Reading Jira REST v2 JSON: its date format and its optional fields. */
final class JiraJson {
    /** Jira writes {@code 2013-02-24T02:04:42.952+0000}: an offset without a colon. */
    private static final DateTimeFormatter JIRA_DATE_TIME = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE_TIME)
            .appendPattern("[XXX][XX]")
            .toFormatter();

    private JiraJson() {}

    static Instant instant(String text) {
        return OffsetDateTime.parse(text, JIRA_DATE_TIME).toInstant();
    }

    static Optional<String> text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isValueNode() && !value.isNull() ? Optional.of(value.asText()) : Optional.empty();
    }

    static String required(JsonNode node, String field) {
        return text(node, field).orElseThrow(() -> new ImportException("missing \"" + field + "\" in " + brief(node)));
    }

    /** A user object's key: {@code key} from Jira 6 on, the name before. */
    static Optional<String> userKey(JsonNode user) {
        if (user.isMissingNode() || user.isNull()) {
            return Optional.empty();
        }
        return text(user, "key").or(() -> text(user, "name"));
    }

    static String brief(JsonNode node) {
        String s = node.toString();
        return s.length() > 120 ? s.substring(0, 120) + "…" : s;
    }
}
