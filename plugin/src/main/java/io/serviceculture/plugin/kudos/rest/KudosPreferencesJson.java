package io.serviceculture.plugin.kudos.rest;

import org.jspecify.annotations.Nullable;

/** A person's recognition choices; a missing field in a {@code PUT} keeps its current value. */
public record KudosPreferencesJson(
        @Nullable Boolean leaderboardOptOut,
        @Nullable Boolean showCounts,
        @Nullable Boolean mailReceived,
        @Nullable Boolean mailHidden) {}
