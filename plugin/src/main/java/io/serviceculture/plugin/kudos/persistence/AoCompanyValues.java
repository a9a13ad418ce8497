package io.serviceculture.plugin.kudos.persistence;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.serviceculture.core.kudos.CompanyValue;
import io.serviceculture.core.kudos.LoadCompanyValuesPort;
import io.serviceculture.plugin.persistence.UniqueViolations;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.inject.Inject;
import javax.inject.Named;
import net.java.ao.Query;

/** Company values in an Active Objects table, seeded with a few defaults the first time it is found empty. */
@Named
public final class AoCompanyValues implements LoadCompanyValuesPort {
    private final ActiveObjects ao;
    private final List<CompanyValue> defaults;

    @Inject
    public AoCompanyValues(ActiveObjects ao) {
        this(ao, DefaultCompanyValues.VALUES);
    }

    AoCompanyValues(ActiveObjects ao, List<CompanyValue> defaults) {
        this.ao = ao;
        this.defaults = List.copyOf(defaults);
    }

    @Override
    public List<CompanyValue> allValues() {
        List<CompanyValue> all = readAll();
        if (!all.isEmpty()) {
            return all;
        }
        seedIfEmpty();
        return readAll();
    }

    /**
     * One query when the value exists, as on every give: the table is counted, and seeded, only when the value
     * is missing, since only an empty table lacks the defaults.
     */
    @Override
    public Optional<CompanyValue> findValue(String id) {
        Optional<CompanyValue> found = readOne(id);
        if (found.isPresent()) {
            return found;
        }
        seedIfEmpty();
        return readOne(id);
    }

    private List<CompanyValue> readAll() {
        CompanyValueAO[] rows = ao.find(
                CompanyValueAO.class,
                Query.select().order(CompanyValueAO.COLUMN_POSITION + " ASC, " + CompanyValueAO.COLUMN_ID + " ASC"));
        return Arrays.stream(rows).map(AoCompanyValues::toValue).toList();
    }

    private Optional<CompanyValue> readOne(String id) {
        CompanyValueAO[] rows = ao.find(CompanyValueAO.class, CompanyValueAO.COLUMN_VALUE_ID + " = ?", id);
        return Arrays.stream(rows).findFirst().map(AoCompanyValues::toValue);
    }

    private void seedIfEmpty() {
        if (ao.count(CompanyValueAO.class) > 0) {
            return;
        }
        try {
            ao.executeInTransaction(() -> {
                for (int i = 0; i < defaults.size(); i++) {
                    CompanyValue value = defaults.get(i);
                    Map<String, Object> columns = new HashMap<>();
                    columns.put(CompanyValueAO.COLUMN_VALUE_ID, value.id());
                    columns.put(CompanyValueAO.COLUMN_NAME, value.name());
                    if (!value.description().isEmpty()) {
                        columns.put(CompanyValueAO.COLUMN_DESCRIPTION, value.description());
                    }
                    columns.put(CompanyValueAO.COLUMN_ACTIVE, value.active());
                    columns.put(CompanyValueAO.COLUMN_POSITION, i + 1);
                    ao.create(CompanyValueAO.class, columns);
                }
                return null;
            });
        } catch (RuntimeException e) {
            // another node seeded the same defaults at the same moment; its rows are as good as ours
            if (!UniqueViolations.isUniqueViolation(e)) {
                throw e;
            }
        }
    }

    private static CompanyValue toValue(CompanyValueAO row) {
        String description = row.getDescription();
        return new CompanyValue(
                row.getValueId(), row.getName(), description == null ? "" : description, row.isActive());
    }
}
