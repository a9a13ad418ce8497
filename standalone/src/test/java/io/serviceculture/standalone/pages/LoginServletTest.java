package io.serviceculture.standalone.pages;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.Test;

public class LoginServletTest {
    @Test
    public void goesBackToThePageAskedForAfterLogin() {
        assertThat(LoginServlet.destination("/browse/HELP-1?x=1")).isEqualTo("/browse/HELP-1?x=1");
    }

    @Test
    public void neverRedirectsToAnotherSite() {
        assertThat(LoginServlet.destination("//evil.example/x")).isEqualTo("/secure/Dashboard.jspa");
        assertThat(LoginServlet.destination("https://evil.example")).isEqualTo("/secure/Dashboard.jspa");
        assertThat(LoginServlet.destination("/\\evil.example")).isEqualTo("/secure/Dashboard.jspa");
        assertThat(LoginServlet.destination(null)).isEqualTo("/secure/Dashboard.jspa");
    }
}
