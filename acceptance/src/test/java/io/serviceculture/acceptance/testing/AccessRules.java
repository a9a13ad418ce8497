package io.serviceculture.acceptance.testing;

import static io.serviceculture.acceptance.testing.Caller.ADMIN;
import static io.serviceculture.acceptance.testing.Caller.ANONYMOUS;
import static io.serviceculture.acceptance.testing.Caller.UNLICENSED;
import static io.serviceculture.acceptance.testing.Caller.USER;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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
        rules.addAll(standardsLive());
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

    /** One endpoint's expectations, in the order anonymous, unlicensed, user, admin. */
    static List<AccessRule> every(Endpoint endpoint, int anonymous, int unlicensed, int user, int admin) {
        return List.of(
                new AccessRule(endpoint, ANONYMOUS, anonymous),
                new AccessRule(endpoint, UNLICENSED, unlicensed),
                new AccessRule(endpoint, USER, user),
                new AccessRule(endpoint, ADMIN, admin));
    }
}
