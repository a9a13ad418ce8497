package io.serviceculture.plugin.kudos.rest;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Kudos the caller received and has not dismissed, newest first; {@code more} when there are others beyond
 * these. Dismiss them by sending {@code newestId} as {@code upTo}. The texts are in the caller's language, for
 * the notice that every page shows, which has no template of its own.
 */
public record KudosNoticesJson(
        List<KudosJson> kudos, boolean more, long newestId, String title, String viewText, String dismissText) {

    /** The body of {@code POST /kudos/notices/seen}. */
    public record SeenJson(@Nullable Long upTo) {}
}
