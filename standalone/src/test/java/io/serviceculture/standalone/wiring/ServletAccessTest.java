package io.serviceculture.standalone.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import io.serviceculture.standalone.testing.RunningHost;
import java.net.http.HttpResponse;
import org.junit.ClassRule;
import org.junit.Test;

/**
 * Plugin servlets behind Jira 10's access rules: the app's Recognition page carries no access annotation, so it
 * is for licensed users only.
 */
public class ServletAccessTest {
    @ClassRule
    public static final RunningHost HOST = RunningHost.withTestData();

    private static final String RECOGNITION = "/plugins/servlet/service-culture/recognition";

    @Test
    public void servesAnUnannotatedServletToALicensedUser() {
        // when
        HttpResponse<String> page = HOST.login("alice", "alice").get(RECOGNITION);

        // then
        assertThat(page.statusCode()).isEqualTo(200);
    }

    @Test
    public void refusesAnUnannotatedServletToAUserWithoutApplicationAccess() {
        // when: bob may log in but is in no application access group
        HttpResponse<String> page = HOST.login("bob", "bob").get(RECOGNITION);

        // then
        assertThat(page.statusCode()).isEqualTo(403);
        assertThat(page.body()).contains("service-culture.host.error.unlicensed");
    }

    @Test
    public void sendsAnonymousVisitorsToTheLoginPageAndBack() {
        // when
        HttpResponse<String> page =
                HOST.send(HOST.anonymous(RECOGNITION + "?tab=feed").build());

        // then
        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l)
                .endsWith(
                        "/login.jsp?os_destination=%2Fplugins%2Fservlet%2Fservice-culture%2Frecognition%3Ftab%3Dfeed"));
    }
}
