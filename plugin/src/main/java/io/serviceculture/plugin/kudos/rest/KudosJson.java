package io.serviceculture.plugin.kudos.rest;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** A kudos as clients see it: names resolved, the issue only if the reader may browse it. */
public record KudosJson(
        long id,
        PersonJson giver,
        List<ReceiverJson> receivers,
        ValueJson value,
        String message,
        @Nullable IssueJson issue,
        String visibility,
        String givenAt,
        boolean hidden,
        ReactionJson reactions) {

    /** How many people reacted, and whether the reader is one of them. */
    public record ReactionJson(int count, boolean mine) {}

    /** A person by key, user name and display name. */
    public record PersonJson(String key, String name, String displayName) {}

    /** A receiver: {@code type} is {@code user} or {@code team}; {@code id} is the form accepted when giving. */
    public record ReceiverJson(String id, String type, String key, String displayName) {}

    /** A company value. */
    public record ValueJson(String id, String name, String description) {}

    /** A linked issue the reader may browse. */
    public record IssueJson(long id, String key, String summary) {}
}
