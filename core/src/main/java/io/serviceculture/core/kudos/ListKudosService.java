package io.serviceculture.core.kudos;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/**
 * Fills a page with kudos the reader may see. Private kudos the reader may not see are skipped, so the store
 * is asked for further pages until this one is full or the store runs out; the cursor stays a kudos id, so
 * the next page starts after the last one the store returned.
 */
public final class ListKudosService implements ListKudosUseCase {
    /** Bounds the work one request may cause when a reader can see almost nothing. */
    static final int MAX_STORE_PAGES = 20;

    private final LoadKudosPort loadKudos;

    public ListKudosService(LoadKudosPort loadKudos) {
        this.loadKudos = loadKudos;
    }

    @Override
    public KudosPage list(KudosQuery query, KudosReader reader) {
        KudosQuery storeQuery = query.includeHidden() && !reader.hrOrAdmin() ? query.withoutHidden() : query;
        List<Kudos> visible = new ArrayList<>();
        OptionalLong cursor = OptionalLong.empty();
        for (int pages = 0; pages < MAX_STORE_PAGES; pages++) {
            KudosPage page = loadKudos.findKudos(storeQuery);
            List<Kudos> items = page.items();
            for (int i = 0; i < items.size(); i++) {
                Kudos kudos = items.get(i);
                if (reader.canRead(kudos)) {
                    visible.add(kudos);
                    if (visible.size() == query.limit()) {
                        boolean more =
                                i < items.size() - 1 || page.nextBeforeId().isPresent();
                        return new KudosPage(visible, more ? OptionalLong.of(kudos.id()) : OptionalLong.empty());
                    }
                }
            }
            cursor = page.nextBeforeId();
            if (cursor.isEmpty()) {
                return new KudosPage(visible, OptionalLong.empty());
            }
            storeQuery = storeQuery.before(cursor.getAsLong());
        }
        return new KudosPage(visible, cursor);
    }
}
