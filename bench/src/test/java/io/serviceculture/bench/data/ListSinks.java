package io.serviceculture.bench.data;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Table sinks that keep the rows in lists, by table, for tests. */
final class ListSinks implements TableSink.Factory {
    final Map<String, List<String>> columns = new LinkedHashMap<>();
    final Map<String, List<@Nullable Object[]>> rows = new LinkedHashMap<>();

    @Override
    public TableSink open(String table, List<String> tableColumns) {
        columns.put(table, tableColumns);
        List<@Nullable Object[]> list = rows.computeIfAbsent(table, t -> new ArrayList<>());
        return new TableSink() {
            @Override
            public void add(@Nullable Object... cells) {
                list.add(Arrays.copyOf(cells, cells.length));
            }

            @Override
            public long rows() {
                return list.size();
            }

            @Override
            public void close() {}
        };
    }

    List<@Nullable Object> column(String table, String column) {
        int index = columns.get(table).indexOf(column);
        List<@Nullable Object> values = new ArrayList<>();
        for (Object[] row : rows.get(table)) {
            values.add(row[index]);
        }
        return values;
    }
}
