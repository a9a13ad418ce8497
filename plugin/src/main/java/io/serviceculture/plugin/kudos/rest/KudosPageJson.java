package io.serviceculture.plugin.kudos.rest;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** A page of kudos, newest first; pass {@code nextBefore} as {@code before} for the next page. */
public record KudosPageJson(List<KudosJson> kudos, @Nullable Long nextBefore) {}
