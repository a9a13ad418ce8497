package io.serviceculture.acceptance.testing;

/** One cell of the authorisation matrix: this caller, calling this endpoint, gets this status. */
public record AccessRule(Endpoint endpoint, Caller caller, int expectedStatus) {
    @Override
    public String toString() {
        return endpoint + " as " + caller + " -> " + expectedStatus;
    }
}
