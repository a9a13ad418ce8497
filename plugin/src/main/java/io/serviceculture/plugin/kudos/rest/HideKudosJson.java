package io.serviceculture.plugin.kudos.rest;

import org.jspecify.annotations.Nullable;

/** The body of {@code POST /kudos/{id}/hide}: why the kudos is hidden; the giver is told. */
public record HideKudosJson(@Nullable String reason) {}
