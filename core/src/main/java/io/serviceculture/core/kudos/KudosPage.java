package io.serviceculture.core.kudos;

import java.util.List;
import java.util.OptionalLong;

/** One page of kudos, newest first, and the cursor for the next page if there is one. */
public record KudosPage(List<Kudos> items, OptionalLong nextBeforeId) {
    public KudosPage {
        items = List.copyOf(items);
    }
}
