package io.serviceculture.core.lifecycle;

/** How many stored rows of one kind an event touches. */
public record DataCount(StoredData kind, long rows) {
    public DataCount {
        if (rows < 0) {
            throw new IllegalArgumentException("a count is never negative");
        }
    }
}
