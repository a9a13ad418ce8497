package io.serviceculture.acceptance.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;

/** The app's one error shape, {@code {"errors": [{"key", "message", "field"}]}}, as tests check it. */
public final class ErrorShape {
    private ErrorShape() {}

    /** Asserts the status and the first error's field, i18n key and English (or the caller's language) message. */
    public static void assertRefused(
            HttpResponse<String> response, int status, String field, String key, String message) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        JsonNode error = Json.parse(response.body()).path("errors").get(0);
        assertThat(error.path("key").asText()).isEqualTo(key);
        assertThat(error.path("message").asText()).isEqualTo(message);
        assertThat(error.path("field").asText()).isEqualTo(field);
    }
}
