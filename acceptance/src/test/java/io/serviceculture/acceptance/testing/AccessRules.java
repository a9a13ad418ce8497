package io.serviceculture.acceptance.testing;

import static io.serviceculture.acceptance.testing.Caller.ADMIN;
import static io.serviceculture.acceptance.testing.Caller.ANONYMOUS;
import static io.serviceculture.acceptance.testing.Caller.UNLICENSED;
import static io.serviceculture.acceptance.testing.Caller.USER;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every endpoint and page of the app, with the status each kind of caller must get. A feature adds its
 * endpoints here, with one expectation per {@link Caller}; the matrix test fails for an endpoint that leaves a
 * caller out.
 */
public final class AccessRules {
    public static final String REST = "/rest/service-culture/1.0";

    private AccessRules() {}

    public static List<AccessRule> all() {
        List<AccessRule> rules = new ArrayList<>();
        rules.addAll(kudos());
        rules.addAll(people());
        rules.addAll(standards());
        rules.addAll(recognition());
        rules.addAll(reports());
        rules.addAll(accountability());
        rules.addAll(commitments());
        rules.addAll(standardsLive());
        rules.addAll(standardsWhatIf());
        return rules;
    }

    static List<AccessRule> kudos() {
        String toCarol = Json.write(Map.of("receivers", List.of("carol"), "value", "own-it", "message", "Thanks!"));
        List<AccessRule> rules = new ArrayList<>();
        rules.addAll(every(Endpoint.get(REST + "/kudos"), 401, 403, 200, 200));
        rules.addAll(every(Endpoint.get(REST + "/values"), 401, 403, 200, 200));
        rules.addAll(every(Endpoint.post(REST + "/kudos", toCarol), 401, 403, 201, 201));
        rules.addAll(every(Endpoint.get(REST + "/kudos/999999"), 401, 403, 404, 404));
        // pages send anonymous visitors to the login form
        rules.addAll(every(Endpoint.get("/plugins/servlet/service-culture/recognition"), 302, 403, 200, 200));
        return rules;
    }

    static List<AccessRule> people() {
        List<AccessRule> rules = new ArrayList<>();
        rules.addAll(every(Endpoint.get(REST + "/people/me"), 401, 403, 200, 200));
        rules.addAll(every(Endpoint.get(REST + "/teams"), 401, 403, 200, 200));
        rules.addAll(every(Endpoint.get("/plugins/servlet/service-culture/admin/people"), 302, 403, 403, 200));
        return rules;
    }

    static List<AccessRule> standards() {
        List<AccessRule> rules = new ArrayList<>();
        // HELP is browsable by every Jira user; FIN only by team-finance, which neither Alice nor the admin is in
        rules.addAll(every(Endpoint.get(REST + "/issue/HELP-1/clocks"), 401, 403, 200, 200));
        rules.addAll(every(Endpoint.get(REST + "/issue/FIN-1/clocks"), 401, 403, 404, 404));
        rules.addAll(every(Endpoint.get(REST + "/standards/attainment"), 401, 403, 403, 200));
        return rules;
    }

    static List<AccessRule> recognition() {
        List<AccessRule> rules = new ArrayList<>();
        rules.addAll(every(Endpoint.get(REST + "/kudos?team=mine"), 401, 403, 200, 200));
        // HELP is browsable by every Jira user; FIN by neither Alice nor the admin
        rules.addAll(every(Endpoint.get(REST + "/kudos?issue=HELP-1"), 401, 403, 200, 200));
        rules.addAll(every(Endpoint.get(REST + "/kudos?issue=FIN-1"), 401, 403, 404, 404));
        rules.addAll(every(Endpoint.put(REST + "/kudos/999999/reaction", "{}"), 401, 403, 404, 404));
        rules.addAll(every(Endpoint.delete(REST + "/kudos/999999/reaction"), 401, 403, 404, 404));
        // only HR and admins moderate: Alice is refused before the kudos is looked up
        rules.addAll(every(Endpoint.post(REST + "/kudos/999999/hide", "{\"reason\":\"x\"}"), 401, 403, 403, 404));
        rules.addAll(every(Endpoint.get(REST + "/kudos/notices"), 401, 403, 200, 200));
        rules.addAll(every(Endpoint.post(REST + "/kudos/notices/seen", "{\"upTo\":0}"), 401, 403, 204, 204));
        // leaderboards are off until an admin turns them on
        rules.addAll(every(Endpoint.get(REST + "/kudos/leaderboard"), 401, 403, 404, 404));
        rules.addAll(every(Endpoint.get(REST + "/kudos/preferences"), 401, 403, 200, 200));
        rules.addAll(every(Endpoint.put(REST + "/kudos/preferences", "{}"), 401, 403, 200, 200));
        rules.addAll(every(Endpoint.put(REST + "/kudos/settings/leaderboards", "{\"on\":false}"), 401, 403, 403, 200));
        rules.addAll(every(Endpoint.get(REST + "/people/search?q=car"), 401, 403, 200, 200));
        rules.addAll(every(Endpoint.get("/plugins/servlet/service-culture/kudos-settings"), 302, 403, 200, 200));
        return rules;
    }

    static List<AccessRule> reports() {
        // HR reports: HR and admins only (HR members are tested in ReportsRestContract); the setting admins only
        String reports = REST + "/reports/kudos";
        List<AccessRule> rules = new ArrayList<>();
        rules.addAll(every(Endpoint.get(reports + "/count"), 401, 403, 403, 200));
        rules.addAll(every(Endpoint.get(reports + "/preview"), 401, 403, 403, 200));
        rules.addAll(every(Endpoint.get(reports + "/summaries"), 401, 403, 403, 200));
        rules.addAll(every(Endpoint.get(reports + "/export/detail.csv"), 401, 403, 403, 200));
        rules.addAll(every(Endpoint.get(reports + "/export/teams.xlsx"), 401, 403, 403, 200));
        rules.addAll(every(Endpoint.get(reports + "/settings"), 401, 403, 403, 200));
        rules.addAll(every(
                new Endpoint("PUT", reports + "/settings", Optional.of(Json.write(Map.of("privateText", false)))),
                401,
                403,
                403,
                200));
        rules.addAll(every(Endpoint.get("/plugins/servlet/service-culture/reports/kudos"), 302, 403, 403, 200));
        return rules;
    }

    static List<AccessRule> accountability() {
        String acc = REST + "/accountability";
        List<AccessRule> rules = new ArrayList<>();
        // teams' figures are for every Jira user; drill-downs name only the issues the caller may browse
        rules.addAll(every(Endpoint.get(acc + "/matrix"), 401, 403, 200, 200));
        rules.addAll(every(Endpoint.get(acc + "/matrix.csv"), 401, 403, 200, 200));
        rules.addAll(every(Endpoint.get(acc + "/drilldown?provider=team-it"), 401, 403, 200, 200));
        rules.addAll(every(Endpoint.get(acc + "/chains"), 401, 403, 200, 200));
        rules.addAll(every(Endpoint.get(acc + "/trends?team=team-it"), 401, 403, 200, 200));
        rules.addAll(every(Endpoint.get(acc + "/settings"), 401, 403, 403, 200));
        rules.addAll(every(
                new Endpoint("PUT", acc + "/settings", Optional.of("{\"lowConfidenceBelow\":10}")),
                401,
                403,
                403,
                200));
        rules.addAll(every(Endpoint.get(acc + "/rebuild"), 401, 403, 403, 200));
        rules.addAll(every(Endpoint.post(acc + "/rebuild", "{}"), 401, 403, 403, 202));
        // only an issue's reporter rates it; neither Alice nor the admin reported HELP-1, and FIN-1 is hidden from both
        String five = Json.write(Map.of("stars", 5));
        rules.addAll(every(Endpoint.post(REST + "/issue/HELP-1/rating", five), 401, 403, 403, 403));
        rules.addAll(every(Endpoint.post(REST + "/issue/FIN-1/rating", five), 401, 403, 404, 404));
        rules.addAll(every(Endpoint.get(REST + "/issue/HELP-1/rating"), 401, 403, 404, 404));
        rules.addAll(every(Endpoint.get("/plugins/servlet/service-culture/accountability"), 302, 403, 200, 200));
        return rules;
    }

    /**
     * On a fresh host, where the app knows no reporting lines: the user's POST creates commitment 1 (alice's, private)
     * and the admin's creates commitment 2 (the admin's, private). Each is the other caller's business not at all,
     * so it answers 404, not even 403, and an admin is not shown them for being an admin.
     */
    static List<AccessRule> commitments() {
        String body = Json.write(Map.of(
                "text",
                "Give kudos every week",
                "target",
                Map.of("type", "MEASURED", "measure", "KUDOS_GIVEN", "value", 12)));
        String one = REST + "/commitments/1";
        List<AccessRule> rules = new ArrayList<>();
        rules.addAll(every(Endpoint.post(REST + "/commitments", body), 401, 403, 201, 201));
        rules.addAll(every(Endpoint.get(REST + "/commitments?owner=alice"), 401, 403, 200, 200));
        rules.addAll(every(Endpoint.get(one), 401, 403, 200, 404));
        rules.addAll(every(new Endpoint("PUT", one, java.util.Optional.of(body)), 401, 403, 200, 404));
        rules.addAll(every(Endpoint.get(one + "/check-ins"), 401, 403, 200, 404));
        rules.addAll(every(Endpoint.post(one + "/check-ins", "{\"note\":\"On it\"}"), 401, 403, 201, 404));
        rules.addAll(every(Endpoint.get(one + "/history"), 401, 403, 200, 404));
        // nobody signs off their own commitment; only the owner's manager may
        rules.addAll(every(Endpoint.post(one + "/sign-off", "{}"), 401, 403, 403, 404));
        rules.addAll(every(Endpoint.post(REST + "/commitments/copy", "{\"kind\":\"QUARTER\"}"), 401, 403, 200, 200));
        // the team view is for managers, and neither caller manages anyone here
        rules.addAll(every(Endpoint.get(REST + "/commitments/team"), 401, 403, 403, 403));
        rules.addAll(every(Endpoint.get(REST + "/commitments/team.csv"), 401, 403, 403, 403));
        // the page itself opens for everyone licensed; it tells a non-manager nobody reports to them and shows no data
        rules.addAll(every(Endpoint.get("/plugins/servlet/service-culture/commitments/team"), 302, 403, 200, 200));
        rules.addAll(
                every(new Endpoint("DELETE", REST + "/commitments/2", java.util.Optional.empty()), 401, 403, 404, 204));
        return rules;
    }

    static List<AccessRule> standardsLive() {
        List<AccessRule> rules = new ArrayList<>();
        rules.addAll(every(Endpoint.get("/plugins/servlet/service-culture/admin/standards"), 302, 403, 403, 200));
        rules.addAll(every(Endpoint.get("/plugins/servlet/service-culture/breaches"), 302, 403, 200, 200));
        rules.addAll(every(Endpoint.get(REST + "/standards/breaches"), 401, 403, 200, 200));
        rules.addAll(every(Endpoint.get(REST + "/standards/recompute"), 401, 403, 403, 200));
        // an empty JSON object as the body: the recompute takes none, and JSON passes the XSRF check
        rules.addAll(every(Endpoint.post(REST + "/standards/recompute", "{}"), 401, 403, 403, 200));
        return rules;
    }

    static List<AccessRule> standardsWhatIf() {
        List<AccessRule> rules = new ArrayList<>();
        // manager and HR as the user: the explanation needs only permission to browse the issue
        rules.addAll(every(Endpoint.get(REST + "/issue/HELP-1/clocks/explain"), 401, 403, 200, 200));
        rules.addAll(every(Endpoint.get(REST + "/issue/FIN-1/clocks/explain"), 401, 403, 404, 404));
        // manager and HR as the user (403): only Jira administrators preview drafts; the admin reaches the use
        // case, which finds no standard "none" here (the browser test previews a real one)
        String draft =
                "{\"from\":\"2026-01-01T00:00:00Z\",\"to\":\"2026-02-01T00:00:00Z\",\"draft\":{\"name\":\"Draft\","
                        + "\"metrics\":[{\"key\":\"first-response\",\"name\":\"First response\",\"start\":[\"ISSUE_CREATED\"],"
                        + "\"stop\":[\"COMMENT_BY_OTHER_THAN_REPORTER\"],\"goal\":\"PT4H\",\"calendar\":\"office\"}]}}";
        rules.addAll(every(Endpoint.post(REST + "/standards/none/whatif", draft), 401, 403, 403, 404));
        return rules;
    }

    /** One endpoint's expectations, in the order anonymous, unlicensed, user, admin. */
    static List<AccessRule> every(Endpoint endpoint, int anonymous, int unlicensed, int user, int admin) {
        return List.of(
                new AccessRule(endpoint, ANONYMOUS, anonymous),
                new AccessRule(endpoint, UNLICENSED, unlicensed),
                new AccessRule(endpoint, USER, user),
                new AccessRule(endpoint, ADMIN, admin));
    }
}
