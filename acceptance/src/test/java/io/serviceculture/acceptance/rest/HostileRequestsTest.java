package io.serviceculture.acceptance.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.serviceculture.acceptance.testing.AccessRule;
import io.serviceculture.acceptance.testing.AccessRules;
import io.serviceculture.acceptance.testing.Endpoint;
import io.serviceculture.standalone.testing.RunningHost;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.junit.ClassRule;
import org.junit.Test;

/**
 * Well over a thousand malformed and hostile requests against every endpoint of the authorisation matrix, as an
 * admin (who passes every permission check, so the input reaches the validation behind it): none may answer
 * 500, every refusal must leave all of the app's data as it was, and a body over 64 KB is refused with 413.
 */
public class HostileRequestsTest {
    @ClassRule
    public static final RunningHost HOST = RunningHost.withTestData();

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** Bodies that are not JSON, or not the JSON object any endpoint takes. */
    private static final List<String> MALFORMED_BODIES = List.of(
            "",
            "{",
            "}",
            "[",
            "{\"",
            "nul",
            "{\"a\":1,}",
            "{'single':'quotes'}",
            "\u0000",
            "\uFEFF{}",
            "[]",
            "null",
            "42",
            "\"text\"",
            "true",
            "{\"a\":" + "[".repeat(2_000) + "]".repeat(2_000) + "}");

    /** Values put in place of each field of an endpoint's valid body. */
    private static final List<Object> HOSTILE_VALUES = List.of(
            Map.of("nested", "object"),
            List.of(1, 2, 3),
            -1,
            Long.MIN_VALUE,
            1e308,
            "",
            " ",
            "9999999999999999999999999",
            "99999-12-31",
            "2026-02-30",
            "0000-00-00T25:61:61Z",
            "\uD800",
            "\u202Eevil",
            "<script>alert(1)</script>",
            "\" onmouseover=\"alert(1)",
            "javascript:alert(1)",
            "../../../../etc/passwd",
            "=HYPERLINK(\"http://evil\")",
            "x".repeat(5_000),
            "\u0000\u0001\u0002",
            "team:",
            "user:",
            true);

    /** Path and query values for GET and DELETE endpoints. */
    private static final List<String> HOSTILE_PATH_VALUES = List.of(
            "0",
            "-1",
            "99999999999999999999",
            "abc",
            "%00",
            "%E2%80%AE",
            "%3Cscript%3E",
            "..%2F..%2Fetc",
            "x".repeat(300),
            "%F0%9F%98%80");

    private static final List<String> HOSTILE_QUERIES = List.of(
            "limit=-1",
            "limit=abc",
            "limit=1000000000",
            "before=abc",
            "before=-5",
            "from=99999-99-99",
            "to=2026-13-01",
            "from=2027-01-01&to=2026-01-01",
            "period=forever",
            "receiver=user:",
            "value=%00",
            "page=-3");

    @Test
    public void answersEveryHostileRequestWithoutAServerErrorAndChangesNothingWhenItRefuses() throws Exception {
        List<String> failures = new ArrayList<>();
        int sent = 0;
        for (Endpoint endpoint : endpoints()) {
            for (HttpRequest request : hostileRequests(endpoint)) {
                sent++;
                settleBackgroundWork();
                Map<String, List<String>> before = snapshot();
                HttpResponse<String> response = HOST.send(request);
                int status = response.statusCode();
                String what = request.method() + " " + request.uri().getRawPath()
                        + (request.uri().getRawQuery() == null
                                ? ""
                                : "?" + request.uri().getRawQuery());
                if (status >= 500) {
                    failures.add(what + " answered " + status + ": " + abbreviate(response.body()));
                } else if (status >= 400) {
                    Map<String, List<String>> after = snapshot();
                    if (!before.equals(after)) {
                        failures.add(what + " answered " + status + " but changed " + changedTables(before, after));
                    }
                }
            }
        }
        assertThat(failures).isEmpty();
        assertThat(sent).isGreaterThanOrEqualTo(1_000);
    }

    @Test
    public void refusesEveryBodyOverSixtyFourKilobytesWith413() throws Exception {
        String huge = "{\"message\":\"" + "x".repeat(65 * 1024) + "\"}";
        for (Endpoint endpoint : endpoints()) {
            if (endpoint.jsonBody().isPresent()) {
                Map<String, List<String>> before = snapshot();
                HttpResponse<String> response = HOST.send(json(endpoint, huge));

                assertThat(response.statusCode()).as(endpoint.toString()).isEqualTo(413);
                assertThat(snapshot()).as(endpoint.toString()).isEqualTo(before);
            }
        }
    }

    /** Every REST endpoint of the matrix once (pages are not REST inputs). */
    private static List<Endpoint> endpoints() {
        Map<String, Endpoint> distinct = new LinkedHashMap<>();
        for (AccessRule rule : AccessRules.all()) {
            if (rule.endpoint().path().startsWith(AccessRules.REST)) {
                distinct.putIfAbsent(rule.endpoint().toString(), rule.endpoint());
            }
        }
        return List.copyOf(distinct.values());
    }

    private static List<HttpRequest> hostileRequests(Endpoint endpoint) throws Exception {
        List<HttpRequest> requests = new ArrayList<>();
        if (endpoint.jsonBody().isPresent()) {
            for (String body : MALFORMED_BODIES) {
                requests.add(json(endpoint, body));
            }
            JsonNode valid = MAPPER.readTree(endpoint.jsonBody().get());
            if (valid instanceof ObjectNode object) {
                for (Iterator<String> names = object.fieldNames(); names.hasNext(); ) {
                    String field = names.next();
                    for (Object value : HOSTILE_VALUES) {
                        ObjectNode hostile = object.deepCopy();
                        hostile.set(field, MAPPER.valueToTree(value));
                        requests.add(json(endpoint, MAPPER.writeValueAsString(hostile)));
                    }
                    ObjectNode without = object.deepCopy();
                    without.remove(field);
                    requests.add(json(endpoint, MAPPER.writeValueAsString(without)));
                }
            }
        } else {
            String path = endpoint.path();
            int lastSlash = path.lastIndexOf('/');
            for (String value : HOSTILE_PATH_VALUES) {
                requests.add(plain(endpoint.method(), path.substring(0, lastSlash + 1) + value));
            }
            for (String query : HOSTILE_QUERIES) {
                requests.add(plain(endpoint.method(), path + (path.contains("?") ? "&" : "?") + query));
            }
        }
        return requests;
    }

    private static HttpRequest json(Endpoint endpoint, String body) {
        return HOST.request(endpoint.path(), "admin", "admin")
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .method(endpoint.method(), HttpRequest.BodyPublishers.ofString(body))
                .build();
    }

    private static HttpRequest plain(String method, String path) {
        return HOST.request(path, "admin", "admin")
                .header("Accept", "application/json")
                .method(method, HttpRequest.BodyPublishers.noBody())
                .build();
    }

    /**
     * Waits for a recompute or rebuild an earlier accepted request started: its progress is written as it runs, so
     * a snapshot taken meanwhile would blame the next request for it.
     */
    private static void settleBackgroundWork() throws Exception {
        for (String status :
                List.of(AccessRules.REST + "/standards/recompute", AccessRules.REST + "/accountability/rebuild")) {
            long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(60);
            while (MAPPER.readTree(HOST.send(plain("GET", status)).body())
                    .path("state")
                    .asText()
                    .equalsIgnoreCase("RUNNING")) {
                assertThat(System.nanoTime()).as("%s still running", status).isLessThan(deadline);
                Thread.sleep(20);
            }
        }
    }

    /** Every row of every table the app and the host's settings keep, per table in a canonical order. */
    private static Map<String, List<String>> snapshot() throws SQLException {
        Map<String, List<String>> tables = new TreeMap<>();
        try (Connection connection = HOST.host().database().dataSource().getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            try (ResultSet found = meta.getTables(null, null, "%", new String[] {"TABLE"})) {
                while (found.next()) {
                    String name = found.getString("TABLE_NAME");
                    if (name.toUpperCase(Locale.ROOT).startsWith("AO_439D1B_")
                            || name.equalsIgnoreCase("HOST_PLUGIN_SETTINGS")) {
                        tables.put(name, new ArrayList<>());
                    }
                }
            }
            try (Statement statement = connection.createStatement()) {
                for (Map.Entry<String, List<String>> table : tables.entrySet()) {
                    try (ResultSet rows = statement.executeQuery("SELECT * FROM \"" + table.getKey() + "\"")) {
                        int columns = rows.getMetaData().getColumnCount();
                        while (rows.next()) {
                            StringBuilder row = new StringBuilder();
                            for (int column = 1; column <= columns; column++) {
                                // as text: a CLOB object prints its own handle, which differs per read
                                row.append(rows.getString(column)).append('|');
                            }
                            table.getValue().add(row.toString());
                        }
                    }
                    // no column is known to be unique in every table, so the whole row orders it
                    Collections.sort(table.getValue());
                }
            }
        }
        return tables;
    }

    private static String changedTables(Map<String, List<String>> before, Map<String, List<String>> after) {
        List<String> changed = new ArrayList<>();
        for (String table : after.keySet()) {
            List<String> was = before.getOrDefault(table, List.of());
            List<String> now = after.get(table);
            if (!was.equals(now)) {
                List<String> added = new ArrayList<>(now);
                added.removeAll(was);
                List<String> removed = new ArrayList<>(was);
                removed.removeAll(now);
                changed.add(table + " (added " + abbreviate(added.toString()) + ", removed "
                        + abbreviate(removed.toString()) + ")");
            }
        }
        return String.join("; ", changed);
    }

    private static String abbreviate(String body) {
        return body.length() <= 300 ? body : body.substring(0, 300) + "...";
    }
}
