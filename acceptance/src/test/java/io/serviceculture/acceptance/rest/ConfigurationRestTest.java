package io.serviceculture.acceptance.rest;

import static io.serviceculture.acceptance.testing.AccessRules.REST;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.serviceculture.acceptance.testing.Json;
import io.serviceculture.standalone.testing.RunningHost;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.ClassRule;
import org.junit.Test;

/**
 * Moving a set-up from staging to production over HTTP, each side a host of its own on H2: export, preview, apply,
 * and every way a document is refused.
 */
public class ConfigurationRestTest {
    private static final String CONFIG = REST + "/admin/config";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @ClassRule
    public static final RunningHost STAGING = RunningHost.withTestData();

    @ClassRule
    public static final RunningHost PRODUCTION = RunningHost.withTestData();

    @Test
    public void exportThenImportOnAnotherJiraGivesTheIdenticalConfiguration() {
        // given staging is set up by hand through its own import: a calendar, a standard, a value, a team and lead
        ObjectNode setUp = export(STAGING);
        setUp.withArrayProperty("calendars").add(calendar());
        setUp.withArrayProperty("standards").add(standard("office", "Support", "2026-01-01T00:00:00Z"));
        setUp.withArrayProperty("values").add(value("listen", "Listen first"));
        setUp.withObjectProperty("teams").withArrayProperty("groups").add("team-it");
        setUp.withObjectProperty("teams")
                .withObjectProperty("leads")
                .putArray("team-it")
                .add("alice");
        setUp.withObjectProperty("settings")
                .put("weeklyAllowance", 7)
                .put("leaderboards", true)
                .put("retentionMonths", 24);
        setUp.withObjectProperty("settings").withObjectProperty("features").put("commitments", false);
        setUp.withObjectProperty("accountability").put("reopenWindowDays", 7);
        assertThat(post(STAGING, "/apply", setUp).statusCode()).isEqualTo(200);
        ObjectNode staging = export(STAGING);

        // when production imports staging's export
        HttpResponse<String> applied = post(PRODUCTION, "/apply", staging);

        // then
        assertThat(applied.statusCode()).as(applied.body()).isEqualTo(200);
        assertThat(Json.parse(applied.body()).path("applied").asBoolean()).isTrue();
        assertThat(withoutStamp(export(PRODUCTION))).isEqualTo(withoutStamp(staging));
        assertThat(staging.path("formatVersion").asInt()).isEqualTo(1);
        assertThat(staging.path("teams").path("leads").path("team-it").get(0).asText())
                .isEqualTo("alice");
        assertThat(staging.path("standards")
                        .get(0)
                        .path("versions")
                        .get(0)
                        .path("name")
                        .asText())
                .isEqualTo("Support");
    }

    @Test
    public void exportsADownloadableDocument() {
        HttpResponse<String> response = STAGING.get(CONFIG, "admin", "admin");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Disposition").orElseThrow())
                .startsWith("attachment; filename=\"service-culture-config-")
                .endsWith(".json\"");
    }

    @Test
    public void previewNamesWhatEachSectionWouldChangeAndChangesNothing() {
        // given
        ObjectNode before = export(PRODUCTION);
        ObjectNode document = before.deepCopy();
        document.withArrayProperty("values").add(value("be-brave", "Be brave"));
        document.withArrayProperty("calendars")
                .add(calendar().put("id", "night-shift").put("name", "Night shift"));
        document.withObjectProperty("settings").put("weeklyAllowance", 3).put("reportsPrivateText", true);

        // when
        HttpResponse<String> preview = post(PRODUCTION, "/preview", document);

        // then
        assertThat(preview.statusCode()).as(preview.body()).isEqualTo(200);
        JsonNode diff = Json.parse(preview.body());
        assertThat(diff.path("applied").asBoolean()).isFalse();
        assertThat(section(diff, "values").path("added"))
                .extracting(JsonNode::asText)
                .containsExactly("Be brave");
        assertThat(section(diff, "calendars").path("added"))
                .extracting(JsonNode::asText)
                .containsExactly("Night shift");
        assertThat(section(diff, "settings").path("changed"))
                .extracting(JsonNode::asText)
                .containsExactly("kudos.weeklyAllowance", "reports.privateText");
        assertThat(section(diff, "standards").path("removed")).isEmpty();
        assertThat(withoutStamp(export(PRODUCTION))).isEqualTo(withoutStamp(before));
    }

    @Test
    public void refusesADocumentNamingEveryBadValueByItsJsonPath() {
        // given
        ObjectNode document = export(STAGING);
        document.put("formatVersion", 2);
        document.withObjectProperty("teams").putArray("groups").add("team-it").add("no-such-group");
        document.withObjectProperty("teams")
                .withObjectProperty("leads")
                .putArray("team-it")
                .add("nobody");
        document.withObjectProperty("settings").put("weeklyAllowance", 0).put("retentionMonths", 1);
        document.withObjectProperty("settings").withObjectProperty("features").put("teleport", true);
        document.withObjectProperty("accountability")
                .withObjectProperty("weights")
                .remove("rating");
        ((ObjectNode) document.withArrayProperty("values").get(0)).put("name", " ");

        // when
        HttpResponse<String> refused = post(STAGING, "/preview", document);

        // then
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(errors(refused))
                .containsExactlyInAnyOrder(
                        "$.formatVersion|service-culture.config.error.format-version",
                        "$.values[0].name|service-culture.config.error.blank",
                        "$.teams.groups[1]|service-culture.config.error.unknown-group",
                        "$.teams.leads.team-it[0]|service-culture.config.error.unknown-user",
                        "$.accountability.weights.rating|service-culture.config.error.missing",
                        "$.settings.features.teleport|service-culture.config.error.unknown-feature",
                        "$.settings.weeklyAllowance|service-culture.config.error.weekly-allowance",
                        "$.settings.retentionMonths|service-culture.retention.error.months");
        assertThat(Json.parse(refused.body())
                        .path("errors")
                        .get(0)
                        .path("message")
                        .asText())
                .isEqualTo("This app reads configuration documents of format version 1 only.");
    }

    @Test
    public void refusesABreakOfTheRulesAcrossSectionsWithTheirPaths() {
        // given a standard on a calendar the document lacks, leads for a group that is no team, a duplicate value
        ObjectNode document = export(PRODUCTION);
        document.withArrayProperty("standards").add(standard("nowhere", "Lost", "2026-02-01T00:00:00Z"));
        document.withObjectProperty("teams").putArray("groups");
        document.withObjectProperty("teams")
                .withObjectProperty("leads")
                .putArray("team-finance")
                .add("carol");
        document.withArrayProperty("values")
                .add(document.withArrayProperty("values").get(0).deepCopy());
        int duplicate = document.withArrayProperty("values").size() - 1;

        // when
        HttpResponse<String> refused = post(PRODUCTION, "/apply", document);

        // then
        assertThat(refused.statusCode()).isEqualTo(400);
        List<String> errors = errors(refused);
        int standard = document.withArrayProperty("standards").size() - 1;
        assertThat(errors)
                .contains(
                        "$.values[" + duplicate + "].id|service-culture.config.error.duplicate",
                        "$.standards[" + standard
                                + "].versions[0].metrics[0].calendar|service-culture.config.error.unknown-calendar",
                        "$.teams.leads.team-finance|service-culture.config.error.lead-not-team");
    }

    @Test
    public void refusesWhatIsNotAConfigurationDocument() {
        HttpResponse<String> notJson = postText(STAGING, "/preview", "{\"formatVersion\": 1,");
        HttpResponse<String> wrongShape = postText(STAGING, "/preview", "{\"formatVersion\": 1, \"values\": {}}");
        HttpResponse<String> unknown = postText(STAGING, "/preview", "{\"formatVersion\": 1, \"colour\": \"red\"}");

        assertThat(errors(notJson)).containsExactly("$|service-culture.config.error.not-json");
        assertThat(errors(wrongShape)).containsExactly("$.values|service-culture.config.error.shape");
        assertThat(errors(unknown)).containsExactly("$.colour|service-culture.config.error.shape");
    }

    @Test
    public void setsRetentionWithinThreeToOneHundredTwentyMonths() {
        HttpResponse<String> tooShort = put(STAGING, "/retention", "{\"months\": 2}");
        HttpResponse<String> set = put(STAGING, "/retention", "{\"months\": 36}");

        assertThat(errors(tooShort)).containsExactly("months|service-culture.retention.error.months");
        assertThat(Json.parse(set.body()).path("months").asInt()).isEqualTo(36);
        assertThat(Json.parse(STAGING.get(CONFIG + "/retention", "admin", "admin")
                                .body())
                        .path("months")
                        .asInt())
                .isEqualTo(36);
        put(STAGING, "/retention", "{\"months\": 24}");
    }

    private static ObjectNode export(RunningHost host) {
        HttpResponse<String> response = host.get(CONFIG, "admin", "admin");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return (ObjectNode) Json.parse(response.body());
    }

    private static JsonNode withoutStamp(ObjectNode document) {
        ObjectNode copy = document.deepCopy();
        copy.remove("exportedAt");
        return copy;
    }

    private static JsonNode section(JsonNode diff, String name) {
        for (JsonNode section : diff.path("sections")) {
            if (section.path("section").asText().equals(name)) {
                return section;
            }
        }
        throw new AssertionError("no section " + name + " in " + diff);
    }

    private static List<String> errors(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        List<String> errors = new ArrayList<>();
        for (JsonNode error : Json.parse(response.body()).path("errors")) {
            errors.add(error.path("field").asText() + "|" + error.path("key").asText());
        }
        return errors;
    }

    private static ObjectNode calendar() {
        ObjectNode calendar = MAPPER.createObjectNode()
                .put("id", "office")
                .put("name", "London office")
                .put("zone", "Europe/London");
        ObjectNode hours = calendar.putObject("hours");
        for (String day : List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY")) {
            hours.putArray(day).add("09:00-17:00");
        }
        calendar.putArray("holidays").addObject().put("date", "2026-12-25").put("name", "Christmas Day");
        return calendar;
    }

    private static ObjectNode standard(String calendar, String name, String effectiveFrom) {
        ObjectNode standard = MAPPER.createObjectNode().put("id", name.toLowerCase(java.util.Locale.ROOT));
        ObjectNode version =
                standard.putArray("versions").addObject().put("number", 1).put("effectiveFrom", effectiveFrom);
        version.put("name", name);
        version.putObject("rule").putArray("projects").add("HELP");
        ArrayNode metrics = version.putArray("metrics");
        ObjectNode metric = metrics.addObject()
                .put("key", "first-response")
                .put("name", "Time to first response")
                .put("goal", "PT4H")
                .put("warningPercent", 75)
                .put("calendar", calendar);
        metric.putArray("start").add("ISSUE_CREATED");
        metric.putArray("stop").add("COMMENT_BY_OTHER_THAN_REPORTER");
        metric.putArray("pauses");
        return standard;
    }

    private static ObjectNode value(String id, String name) {
        return MAPPER.createObjectNode()
                .put("id", id)
                .put("name", name)
                .put("description", "")
                .put("active", true);
    }

    private static HttpResponse<String> post(RunningHost host, String path, JsonNode document) {
        return postText(host, path, document.toString());
    }

    private static HttpResponse<String> postText(RunningHost host, String path, String body) {
        return host.send(host.request(CONFIG + path, "admin", "admin")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build());
    }

    private static HttpResponse<String> put(RunningHost host, String path, String body) {
        return host.send(host.request(CONFIG + path, "admin", "admin")
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body))
                .build());
    }
}
