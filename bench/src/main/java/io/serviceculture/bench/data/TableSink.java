package io.serviceculture.bench.data;

import java.io.IOException;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Where the rows of one table go: PostgreSQL's COPY in a run, a list in tests. */
public interface TableSink extends AutoCloseable {

    /** One row, its cells in the order of the columns the sink was opened with; {@code null} is SQL NULL. */
    void add(@Nullable Object... cells) throws IOException;

    /** Rows added so far. */
    long rows();

    @Override
    void close() throws IOException;

    /** Opens sinks by the app's table name without its {@code AO_xxxxxx_} prefix, e.g. {@code KUDOS}. */
    @FunctionalInterface
    interface Factory {
        TableSink open(String table, List<String> columns) throws IOException;
    }
}
