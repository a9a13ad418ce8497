package io.serviceculture.acceptance.testing;

import static io.serviceculture.acceptance.testing.Caller.ADMIN;
import static io.serviceculture.acceptance.testing.Caller.ANONYMOUS;
import static io.serviceculture.acceptance.testing.Caller.HR;
import static io.serviceculture.acceptance.testing.Caller.MANAGER;
import static io.serviceculture.acceptance.testing.Caller.UNLICENSED;
import static io.serviceculture.acceptance.testing.Caller.USER;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Every endpoint and page of the app, with the status each kind of caller must get. A feature adds its
 * endpoints here, with one expectation per {@link Caller}; the matrix test fails for an endpoint that leaves a
 * caller out, and for a REST resource method or servlet of the app that has no row at all. The rows run in this
 * order against one host set up by {@link MatrixPeople}: Mia manages Alice, Hugo is in the HR group.
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
        rules.addAll(standardsAdmin());
        rules.addAll(configuration());
        rules.addAll(insights());
        rules.addAll(reviewPacks());
        rules.addAll(standardsWhatIf());
        rules.addAll(teamClocks());
        rules.addAll(accountabilityOwnedTime());
        // last: the admin's rows here rewrite the people directory, each to what MatrixPeople set up
        rules.addAll(peopleAdmin());
        return rules;
    }

    static List<AccessRule> kudos() {
        String toCarol = Json.write(Map.of("receivers", List.of("carol"), "value", "own-it", "message", "Thanks!"));
        List<AccessRule> rules = new ArrayList<>();
        rules.addAll(every(Endpoint.get(REST + "/kudos"), 401, 403, 200, 200, 200, 200));
        rules.addAll(every(Endpoint.get(REST + "/values"), 401, 403, 200, 200, 200, 200));
        rules.addAll(every(Endpoint.post(REST + "/kudos", toCarol), 401, 403, 201, 201, 201, 201));
        rules.addAll(every(Endpoint.get(REST + "/kudos/999999"), 401, 403, 404, 404, 404, 404));
        // pages send anonymous visitors to the login form
        rules.addAll(every(Endpoint.get("/plugins/servlet/service-culture/recognition"), 302, 403, 200, 200, 200, 200));
        return rules;
    }

    static List<AccessRule> people() {
        List<AccessRule> rules = new ArrayList<>();
        rules.addAll(every(Endpoint.get(REST + "/people/me"), 401, 403, 200, 200, 200, 200));
        rules.addAll(every(Endpoint.get(REST + "/teams"), 401, 403, 200, 200, 200, 200));
        rules.addAll(
                every(Endpoint.get("/plugins/servlet/service-culture/admin/people"), 302, 403, 403, 403, 403, 200));
        return rules;
    }

    static List<AccessRule> standards() {
        List<AccessRule> rules = new ArrayList<>();
        // HELP is browsable by every Jira user; FIN only by team-finance, which neither Alice nor the admin is in
        rules.addAll(every(Endpoint.get(REST + "/issue/HELP-1/clocks"), 401, 403, 200, 200, 200, 200));
        rules.addAll(every(Endpoint.get(REST + "/issue/FIN-1/clocks"), 401, 403, 404, 404, 404, 404));
        rules.addAll(every(Endpoint.get(REST + "/standards/attainment"), 401, 403, 403, 403, 403, 200));
        return rules;
    }

    static List<AccessRule> recognition() {
        List<AccessRule> rules = new ArrayList<>();
        rules.addAll(every(Endpoint.get(REST + "/kudos?team=mine"), 401, 403, 200, 200, 200, 200));
        // HELP is browsable by every Jira user; FIN by neither Alice nor the admin
        rules.addAll(every(Endpoint.get(REST + "/kudos?issue=HELP-1"), 401, 403, 200, 200, 200, 200));
        rules.addAll(every(Endpoint.get(REST + "/kudos?issue=FIN-1"), 401, 403, 404, 404, 404, 404));
        rules.addAll(every(Endpoint.put(REST + "/kudos/999999/reaction", "{}"), 401, 403, 404, 404, 404, 404));
        rules.addAll(every(Endpoint.delete(REST + "/kudos/999999/reaction"), 401, 403, 404, 404, 404, 404));
        // only HR and admins moderate: Alice and her manager are refused before the kudos is looked up
        rules.addAll(
                every(Endpoint.post(REST + "/kudos/999999/hide", "{\"reason\":\"x\"}"), 401, 403, 403, 403, 404, 404));
        rules.addAll(every(Endpoint.get(REST + "/kudos/notices"), 401, 403, 200, 200, 200, 200));
        rules.addAll(every(Endpoint.post(REST + "/kudos/notices/seen", "{\"upTo\":0}"), 401, 403, 204, 204, 204, 204));
        // leaderboards are off until an admin turns them on
        rules.addAll(every(Endpoint.get(REST + "/kudos/leaderboard"), 401, 403, 404, 404, 404, 404));
        rules.addAll(every(Endpoint.get(REST + "/kudos/preferences"), 401, 403, 200, 200, 200, 200));
        rules.addAll(every(Endpoint.put(REST + "/kudos/preferences", "{}"), 401, 403, 200, 200, 200, 200));
        rules.addAll(every(
                Endpoint.put(REST + "/kudos/settings/leaderboards", "{\"on\":false}"), 401, 403, 403, 403, 403, 200));
        rules.addAll(every(Endpoint.get(REST + "/people/search?q=car"), 401, 403, 200, 200, 200, 200));
        rules.addAll(
                every(Endpoint.get("/plugins/servlet/service-culture/kudos-settings"), 302, 403, 200, 200, 200, 200));
        return rules;
    }

    static List<AccessRule> reports() {
        // HR reports: HR and admins only, not managers; HR reads the private-text setting, only admins change it
        String reports = REST + "/reports/kudos";
        List<AccessRule> rules = new ArrayList<>();
        rules.addAll(every(Endpoint.get(reports + "/count"), 401, 403, 403, 403, 200, 200));
        rules.addAll(every(Endpoint.get(reports + "/preview"), 401, 403, 403, 403, 200, 200));
        rules.addAll(every(Endpoint.get(reports + "/summaries"), 401, 403, 403, 403, 200, 200));
        rules.addAll(every(Endpoint.get(reports + "/export/detail.csv"), 401, 403, 403, 403, 200, 200));
        rules.addAll(every(Endpoint.get(reports + "/export/teams.xlsx"), 401, 403, 403, 403, 200, 200));
        rules.addAll(every(Endpoint.get(reports + "/settings"), 401, 403, 403, 403, 200, 200));
        rules.addAll(every(
                Endpoint.put(reports + "/settings", Json.write(Map.of("privateText", false))),
                401,
                403,
                403,
                403,
                403,
                200));
        rules.addAll(
                every(Endpoint.get("/plugins/servlet/service-culture/reports/kudos"), 302, 403, 403, 403, 200, 200));
        return rules;
    }

    static List<AccessRule> accountability() {
        String acc = REST + "/accountability";
        List<AccessRule> rules = new ArrayList<>();
        // teams' figures are for every Jira user; drill-downs name only the issues the caller may browse
        rules.addAll(every(Endpoint.get(acc + "/matrix"), 401, 403, 200, 200, 200, 200));
        rules.addAll(every(Endpoint.get(acc + "/matrix.csv"), 401, 403, 200, 200, 200, 200));
        rules.addAll(every(Endpoint.get(acc + "/drilldown?provider=team-it"), 401, 403, 200, 200, 200, 200));
        rules.addAll(every(Endpoint.get(acc + "/chains"), 401, 403, 200, 200, 200, 200));
        rules.addAll(every(Endpoint.get(acc + "/trends?team=team-it"), 401, 403, 200, 200, 200, 200));
        rules.addAll(every(Endpoint.get(acc + "/settings"), 401, 403, 403, 403, 403, 200));
        rules.addAll(
                every(Endpoint.put(acc + "/settings", "{\"lowConfidenceBelow\":10}"), 401, 403, 403, 403, 403, 200));
        rules.addAll(every(Endpoint.get(acc + "/rebuild"), 401, 403, 403, 403, 403, 200));
        rules.addAll(every(Endpoint.post(acc + "/rebuild", "{}"), 401, 403, 403, 403, 403, 202));
        // only an issue's reporter rates it; neither Alice nor the admin reported HELP-1, and FIN-1 is hidden from both
        String five = Json.write(Map.of("stars", 5));
        rules.addAll(every(Endpoint.post(REST + "/issue/HELP-1/rating", five), 401, 403, 403, 403, 403, 403));
        rules.addAll(every(Endpoint.post(REST + "/issue/FIN-1/rating", five), 401, 403, 404, 404, 404, 404));
        rules.addAll(every(Endpoint.get(REST + "/issue/HELP-1/rating"), 401, 403, 404, 404, 404, 404));
        rules.addAll(
                every(Endpoint.get("/plugins/servlet/service-culture/accountability"), 302, 403, 200, 200, 200, 200));
        // admins only: a manager or HR member is not an admin
        rules.addAll(every(
                Endpoint.get("/plugins/servlet/service-culture/admin/accountability"), 302, 403, 403, 403, 403, 200));
        return rules;
    }

    /**
     * Each caller's POST creates a private commitment of their own, in row order: 1 is Alice's, 2 Mia's, 3 Hugo's and
     * 4 the admin's. Alice's is her business, her manager's (Mia may edit it and sign it off) and HR's (Hugo may read
     * it, not change it); to anybody else it does not exist (404, not even 403), and an admin is not shown it for
     * being an admin.
     */
    static List<AccessRule> commitments() {
        String body = Json.write(Map.of(
                "text",
                "Give kudos every week",
                "target",
                Map.of("type", "MEASURED", "measure", "KUDOS_GIVEN", "value", 12)));
        String one = REST + "/commitments/1";
        List<AccessRule> rules = new ArrayList<>();
        rules.addAll(every(Endpoint.post(REST + "/commitments", body), 401, 403, 201, 201, 201, 201));
        rules.addAll(every(Endpoint.get(REST + "/commitments?owner=alice"), 401, 403, 200, 200, 200, 200));
        rules.addAll(every(Endpoint.get(one), 401, 403, 200, 200, 200, 404));
        rules.addAll(every(Endpoint.put(one, body), 401, 403, 200, 200, 403, 404));
        rules.addAll(every(Endpoint.get(one + "/check-ins"), 401, 403, 200, 200, 200, 404));
        rules.addAll(every(Endpoint.post(one + "/check-ins", "{\"note\":\"On it\"}"), 401, 403, 201, 201, 403, 404));
        rules.addAll(every(Endpoint.get(one + "/history"), 401, 403, 200, 200, 200, 404));
        // nobody signs off their own commitment; only the owner's manager may
        rules.addAll(every(Endpoint.post(one + "/sign-off", "{}"), 401, 403, 403, 200, 403, 404));
        rules.addAll(every(
                Endpoint.post(REST + "/commitments/copy", "{\"kind\":\"QUARTER\"}"), 401, 403, 200, 200, 200, 200));
        // the team view is for managers: Mia sees Alice's; HR and the admin manage nobody here
        rules.addAll(every(Endpoint.get(REST + "/commitments/team"), 401, 403, 403, 200, 403, 403));
        rules.addAll(every(Endpoint.get(REST + "/commitments/team.csv"), 401, 403, 403, 200, 403, 403));
        // the page itself opens for everyone licensed; it tells a non-manager nobody reports to them and shows no data
        rules.addAll(
                every(Endpoint.get("/plugins/servlet/service-culture/commitments/team"), 302, 403, 200, 200, 200, 200));
        // the admin's own: HR may read it but not delete it; Alice and Mia are nothing to the admin
        rules.addAll(every(Endpoint.delete(REST + "/commitments/4"), 401, 403, 404, 404, 403, 204));
        return rules;
    }

    static List<AccessRule> standardsLive() {
        List<AccessRule> rules = new ArrayList<>();
        rules.addAll(
                every(Endpoint.get("/plugins/servlet/service-culture/admin/standards"), 302, 403, 403, 403, 403, 200));
        rules.addAll(every(Endpoint.get("/plugins/servlet/service-culture/breaches"), 302, 403, 200, 200, 200, 200));
        rules.addAll(every(Endpoint.get(REST + "/standards/breaches"), 401, 403, 200, 200, 200, 200));
        rules.addAll(every(Endpoint.get(REST + "/standards/recompute"), 401, 403, 403, 403, 403, 200));
        // an empty JSON object as the body: the recompute takes none, and JSON passes the XSRF check
        rules.addAll(every(Endpoint.post(REST + "/standards/recompute", "{}"), 401, 403, 403, 403, 403, 200));
        return rules;
    }

    /**
     * Configuration export/import and retention (admins only), and the personal data download (each person their
     * own). A manager and an HR member get what a user gets on every row.
     */
    static List<AccessRule> configuration() {
        String config = REST + "/admin/config";
        List<AccessRule> rules = new ArrayList<>();
        rules.addAll(every(Endpoint.get(config), 401, 403, 403, 403, 403, 200));
        // an empty document is refused whole, so the matrix changes nothing
        rules.addAll(every(Endpoint.post(config + "/preview", "{}"), 401, 403, 403, 403, 403, 400));
        rules.addAll(every(Endpoint.post(config + "/apply", "{}"), 401, 403, 403, 403, 403, 400));
        rules.addAll(every(Endpoint.get(config + "/retention"), 401, 403, 403, 403, 403, 200));
        // 0 is the default (keep everything), so setting it changes nothing
        rules.addAll(every(Endpoint.put(config + "/retention", "{\"months\":0}"), 401, 403, 403, 403, 403, 200));
        rules.addAll(every(Endpoint.get(REST + "/me/data"), 401, 403, 200, 200, 200, 200));
        // someone else's data is refused to everyone, admins included
        rules.addAll(every(Endpoint.get(REST + "/me/data?user=carol"), 401, 403, 403, 403, 403, 403));
        rules.addAll(
                every(Endpoint.get("/plugins/servlet/service-culture/admin/config"), 302, 403, 403, 403, 403, 200));
        return rules;
    }

    /**
     * Fair recognition insights. The user (Alice) manages nobody, so the figures are refused; Mia manages Alice and
     * sees her people's figures; HR sees everyone's. The cross-team counts are team-level, as the matrix they decorate.
     */
    static List<AccessRule> insights() {
        String insights = REST + "/insights/recognition";
        List<AccessRule> rules = new ArrayList<>();
        rules.addAll(every(Endpoint.get(insights), 401, 403, 403, 200, 200, 200));
        rules.addAll(every(Endpoint.get(insights + "/cross-team"), 401, 403, 200, 200, 200, 200));
        rules.addAll(every(
                Endpoint.get("/plugins/servlet/service-culture/insights/recognition"), 302, 403, 403, 200, 200, 200));
        return rules;
    }

    /**
     * Review packs: the person's own, their manager's (Mia for Alice) and HR's and admins'; anyone else gets 404, as
     * for an unknown user. Nobody manages Carol in the matrix's directory.
     */
    static List<AccessRule> reviewPacks() {
        String pack = "/plugins/servlet/service-culture/review-pack";
        List<AccessRule> rules = new ArrayList<>();
        // without a user, each caller's own pack
        rules.addAll(every(Endpoint.get(pack), 302, 403, 200, 200, 200, 200));
        rules.addAll(every(Endpoint.get(pack + "?user=alice"), 302, 403, 200, 200, 200, 200));
        rules.addAll(every(Endpoint.get(pack + "/pdf?user=alice"), 302, 403, 200, 200, 200, 200));
        rules.addAll(every(Endpoint.get(pack + "?user=carol"), 302, 403, 404, 404, 200, 200));
        rules.addAll(every(Endpoint.get(pack + "?user=nobody-by-this-name"), 302, 403, 404, 404, 404, 404));
        return rules;
    }

    /**
     * Calendars and standards: everyone licensed reads them (issue panels need them), only admins define them. The
     * admin's rows create the calendar {@code matrix}, its holiday, and the standard {@code matrix-help} with a
     * second version.
     */
    static List<AccessRule> standardsAdmin() {
        String calendar = "{\"id\":\"matrix\",\"name\":\"Matrix office\",\"zone\":\"UTC\",\"hours\":{"
                + "\"MONDAY\":[\"09:00-17:00\"]},\"holidays\":[]}";
        String holidays = Json.write(Map.of("format", "CSV", "text", "2026-12-25,Christmas Day\n"));
        String version = "{\"name\":\"Matrix help\",\"rule\":{\"projects\":[\"HELP\"]},\"metrics\":["
                + "{\"key\":\"first-response\",\"name\":\"First response\",\"start\":[\"ISSUE_CREATED\"],"
                + "\"pauses\":[],\"stop\":[\"COMMENT_BY_OTHER_THAN_REPORTER\"],\"goal\":\"PT4H\","
                + "\"warningPercent\":75,\"calendar\":\"matrix\"}]}";
        String standard = "{\"id\":\"matrix-help\",\"versions\":[" + version + "]}";
        List<AccessRule> rules = new ArrayList<>();
        rules.addAll(every(Endpoint.get(REST + "/calendars"), 401, 403, 200, 200, 200, 200));
        rules.addAll(every(Endpoint.post(REST + "/calendars", calendar), 401, 403, 403, 403, 403, 200));
        rules.addAll(every(Endpoint.post(REST + "/calendars/matrix/holidays", holidays), 401, 403, 403, 403, 403, 200));
        rules.addAll(every(Endpoint.get(REST + "/standards"), 401, 403, 200, 200, 200, 200));
        rules.addAll(every(Endpoint.post(REST + "/standards", standard), 401, 403, 403, 403, 403, 200));
        rules.addAll(
                every(Endpoint.post(REST + "/standards/matrix-help/versions", version), 401, 403, 403, 403, 403, 200));
        rules.addAll(every(Endpoint.post(REST + "/issue/HELP-1/clocks/recompute", "{}"), 401, 403, 403, 403, 403, 200));
        return rules;
    }

    /**
     * The people directory's settings are for admins alone: neither a manager nor HR may change who is HR or who
     * reports to whom. The admin's rows mark team-it, give it no leads and unmark it again, and write back the HR
     * group, the switches and the reporting lines the matrix runs with.
     */
    static List<AccessRule> peopleAdmin() {
        String admin = REST + "/admin/people";
        List<AccessRule> rules = new ArrayList<>();
        rules.addAll(every(Endpoint.get(admin), 401, 403, 403, 403, 403, 200));
        rules.addAll(every(Endpoint.post(admin + "/teams", "{\"group\":\"team-it\"}"), 401, 403, 403, 403, 403, 204));
        rules.addAll(
                every(Endpoint.put(admin + "/teams/team-it/leads", "{\"leads\":[]}"), 401, 403, 403, 403, 403, 204));
        rules.addAll(
                every(Endpoint.put(admin + "/primary-team", "{\"user\":\"alice\"}"), 401, 403, 403, 403, 403, 204));
        rules.addAll(every(Endpoint.delete(admin + "/teams/team-it"), 401, 403, 403, 403, 403, 204));
        rules.addAll(
                every(Endpoint.put(admin + "/hr-group", MatrixPeople.hrGroupJson()), 401, 403, 403, 403, 403, 204));
        rules.addAll(
                every(Endpoint.put(admin + "/features/kudos", "{\"enabled\":true}"), 401, 403, 403, 403, 403, 204));
        rules.addAll(
                every(Endpoint.put(admin + "/person-figures", "{\"restricted\":false}"), 401, 403, 403, 403, 403, 204));
        rules.addAll(every(
                Endpoint.post(admin + "/reporting-lines", MatrixPeople.reportingLinesJson()),
                401,
                403,
                403,
                403,
                403,
                200));
        return rules;
    }

    /** Explained clocks need permission to browse the issue; only admins preview draft standards. */
    static List<AccessRule> standardsWhatIf() {
        List<AccessRule> rules = new ArrayList<>();
        // manager and HR as the user: the explanation needs only permission to browse the issue
        rules.addAll(every(Endpoint.get(REST + "/issue/HELP-1/clocks/explain"), 401, 403, 200, 200, 200, 200));
        rules.addAll(every(Endpoint.get(REST + "/issue/FIN-1/clocks/explain"), 401, 403, 404, 404, 404, 404));
        // manager and HR as the user (403): only Jira administrators preview drafts; the admin reaches the use
        // case, which finds no standard "none" here (the browser test previews a real one)
        String draft =
                "{\"from\":\"2026-01-01T00:00:00Z\",\"to\":\"2026-02-01T00:00:00Z\",\"draft\":{\"name\":\"Draft\","
                        + "\"metrics\":[{\"key\":\"first-response\",\"name\":\"First response\",\"start\":[\"ISSUE_CREATED\"],"
                        + "\"stop\":[\"COMMENT_BY_OTHER_THAN_REPORTER\"],\"goal\":\"PT4H\",\"calendar\":\"office\"}]}}";
        rules.addAll(every(Endpoint.post(REST + "/standards/none/whatif", draft), 401, 403, 403, 403, 403, 404));
        return rules;
    }

    /** Team ownership clocks need exactly what the clocks need: permission to browse the issue. */
    static List<AccessRule> teamClocks() {
        List<AccessRule> rules = new ArrayList<>();
        // manager and HR as the user: only permission to browse the issue counts
        rules.addAll(every(Endpoint.get(REST + "/issue/HELP-1/clocks/teams"), 401, 403, 200, 200, 200, 200));
        rules.addAll(every(Endpoint.get(REST + "/issue/FIN-1/clocks/teams"), 401, 403, 404, 404, 404, 404));
        rules.addAll(
                every(Endpoint.get(REST + "/issue/HELP-1/clocks/teams/team-it/explain"), 401, 403, 200, 200, 200, 200));
        rules.addAll(
                every(Endpoint.get(REST + "/issue/FIN-1/clocks/teams/team-it/explain"), 401, 403, 404, 404, 404, 404));
        return rules;
    }

    static List<AccessRule> accountabilityOwnedTime() {
        String owned = REST + "/accountability/owned-time";
        List<AccessRule> rules = new ArrayList<>();
        // teams' figures like the matrix; the drill-down names only the issues the caller may browse
        rules.addAll(every(Endpoint.get(owned), 401, 403, 200, 200, 200, 200));
        rules.addAll(every(Endpoint.get(owned + "/drilldown?provider=team-it"), 401, 403, 200, 200, 200, 200));
        return rules;
    }

    /** One endpoint's expectations, in the order anonymous, unlicensed, user, manager, HR, admin. */
    static List<AccessRule> every(
            Endpoint endpoint, int anonymous, int unlicensed, int user, int manager, int hr, int admin) {
        return List.of(
                new AccessRule(endpoint, ANONYMOUS, anonymous),
                new AccessRule(endpoint, UNLICENSED, unlicensed),
                new AccessRule(endpoint, USER, user),
                new AccessRule(endpoint, MANAGER, manager),
                new AccessRule(endpoint, HR, hr),
                new AccessRule(endpoint, ADMIN, admin));
    }
}
