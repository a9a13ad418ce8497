package io.serviceculture.acceptance.testing;

import java.util.Optional;

/** One REST call of the authorisation matrix: method, path and, for mutations, a JSON body. */
public record Endpoint(String method, String path, Optional<String> jsonBody) {

    public static Endpoint get(String path) {
        return new Endpoint("GET", path, Optional.empty());
    }

    public static Endpoint post(String path, String json) {
        return new Endpoint("POST", path, Optional.of(json));
    }

    public static Endpoint put(String path, String json) {
        return new Endpoint("PUT", path, Optional.of(json));
    }

    public static Endpoint delete(String path) {
        return new Endpoint("DELETE", path, Optional.empty());
    }

    @Override
    public String toString() {
        return method + " " + path;
    }
}
