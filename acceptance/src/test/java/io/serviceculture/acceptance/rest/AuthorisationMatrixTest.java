package io.serviceculture.acceptance.rest;

import static org.assertj.core.api.Assertions.assertThat;

import io.serviceculture.acceptance.testing.AccessRule;
import io.serviceculture.acceptance.testing.AccessRules;
import io.serviceculture.acceptance.testing.Caller;
import io.serviceculture.acceptance.testing.MatrixPeople;
import io.serviceculture.standalone.testing.RunningHost;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.BeforeClass;
import org.junit.ClassRule;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;
import org.junit.runners.Parameterized.Parameter;
import org.junit.runners.Parameterized.Parameters;

/**
 * Every endpoint and page × every kind of caller (anonymous, unlicensed, user, manager, HR, admin) → the status the
 * server must answer with. {@link AuthorisationMatrixCoverageTest} checks that no endpoint of the app is left out.
 */
@RunWith(Parameterized.class)
public class AuthorisationMatrixTest {
    @ClassRule
    public static final RunningHost HOST = MatrixPeople.host();

    @Parameter
    public AccessRule rule;

    /** Once, before the first row: Mia becomes Alice's manager and Hugo an HR member. */
    @BeforeClass
    public static void setUpPeople() {
        MatrixPeople.setUp(HOST);
    }

    @Parameters(name = "{0}")
    public static List<AccessRule> rules() {
        return AccessRules.all();
    }

    @Test
    public void answersWithTheExpectedStatus() {
        HttpResponse<String> response = rule.endpoint().path().startsWith("/rest/") ? callRest() : openPage();

        assertThat(response.statusCode()).as(response.body()).isEqualTo(rule.expectedStatus());
    }

    /** Scripts call REST with HTTP Basic, as Jira allows on {@code /rest/**}. */
    private HttpResponse<String> callRest() {
        HttpRequest.Builder request = rule.caller().user().isPresent()
                ? HOST.request(
                        rule.endpoint().path(),
                        rule.caller().user().get(),
                        rule.caller().password().orElseThrow())
                : HOST.anonymous(rule.endpoint().path());
        request.header("Accept", "application/json");
        if (rule.endpoint().jsonBody().isPresent()) {
            request.header("Content-Type", "application/json")
                    .method(
                            rule.endpoint().method(),
                            HttpRequest.BodyPublishers.ofString(
                                    rule.endpoint().jsonBody().get()));
        } else {
            request.method(rule.endpoint().method(), HttpRequest.BodyPublishers.noBody());
        }
        return HOST.send(request.build());
    }

    /** People open pages in a browser session after Jira's login form. */
    private HttpResponse<String> openPage() {
        if (rule.caller().user().isEmpty()) {
            return HOST.send(HOST.anonymous(rule.endpoint().path()).GET().build());
        }
        return HOST.login(rule.caller().user().get(), rule.caller().password().orElseThrow())
                .get(rule.endpoint().path());
    }

    @Test
    public void coversEveryKindOfCallerForItsEndpoint() {
        Map<String, Set<Caller>> callersByEndpoint = AccessRules.all().stream()
                .collect(Collectors.groupingBy(
                        r -> r.endpoint().toString(),
                        Collectors.mapping(
                                AccessRule::caller, Collectors.toCollection(() -> EnumSet.noneOf(Caller.class)))));

        assertThat(callersByEndpoint.get(rule.endpoint().toString())).containsExactlyInAnyOrder(Caller.values());
    }
}
