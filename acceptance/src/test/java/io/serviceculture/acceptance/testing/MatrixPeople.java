package io.serviceculture.acceptance.testing;

import io.serviceculture.standalone.HostOptions;
import io.serviceculture.standalone.testing.RunningHost;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

/**
 * The people behind {@link Caller#MANAGER} and {@link Caller#HR}: Mia and Hugo, two licensed users of the
 * {@code matrix-people} folder, made a manager (Alice reports to Mia) and an HR member (the admin names their group
 * {@code people-ops} the HR group) in the app's own people directory, as an admin does it over REST. Nothing else
 * changes, so the test data's callers get what they got before.
 */
public final class MatrixPeople {
    public static final String HR_GROUP = "people-ops";
    /** The reporting lines the admin imports: {@code user,manager} by user name. */
    public static final String REPORTING_LINES = "user,manager\nalice,mia\n";

    private MatrixPeople() {}

    /** The host with the test data and the matrix's two extra people. */
    public static RunningHost host() {
        return RunningHost.with(
                HostOptions.defaults().withClasspathImport("hostdata").withClasspathImport("matrix-people"));
    }

    public static String hrGroupJson() {
        return Json.write(Map.of("group", HR_GROUP));
    }

    public static String reportingLinesJson() {
        return Json.write(
                Map.of("file", Base64.getEncoder().encodeToString(REPORTING_LINES.getBytes(StandardCharsets.UTF_8))));
    }

    /** What the admin sets up before the matrix runs. */
    public static void setUp(RunningHost host) {
        expect(host, "PUT", AccessRules.REST + "/admin/people/hr-group", hrGroupJson(), 204);
        expect(host, "POST", AccessRules.REST + "/admin/people/reporting-lines", reportingLinesJson(), 200);
    }

    private static void expect(RunningHost host, String method, String path, String json, int status) {
        HttpResponse<String> response = host.send(host.request(path, "admin", "admin")
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json))
                .build());
        if (response.statusCode() != status) {
            throw new IllegalStateException(
                    method + " " + path + " answered " + response.statusCode() + ": " + response.body());
        }
    }
}
