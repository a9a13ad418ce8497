package io.serviceculture.plugin.kudos.rest;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The body of {@code POST /kudos}. Receivers are {@code user:<key>}, {@code team:<group>} or a plain user
 * name; the issue is a key or an id. Every field may be missing in what a client sends, so each is checked.
 */
public record GiveKudosJson(
        @Nullable List<String> receivers,
        @Nullable String value,
        @Nullable String message,
        @Nullable String issue,
        @Nullable String visibility,
        @Nullable String requestId) {}
