package io.serviceculture.plugin.kudos.persistence;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.cache.CacheManager;
import io.serviceculture.core.kudos.CompanyValue;
import io.serviceculture.core.kudos.LoadCompanyValuesPort;
import io.serviceculture.plugin.persistence.ClusteredValue;
import io.serviceculture.plugin.persistence.UniqueViolations;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.inject.Inject;
import javax.inject.Named;
import net.java.ao.Query;

/**
 * Company values in an Active Objects table, seeded with a few defaults the first time it is found empty. Every
 * give names a value, and every kudos shown or mailed names one again, so the whole (short) list is cached on each
 * node in Jira's cluster-invalidated cache: a change of the values empties it on every node, here by {@link
 * #invalidate()} once the change has committed.
 */
@Named
public final class AoCompanyValues implements LoadCompanyValuesPort {
    static final String CACHE = AoCompanyValues.class.getName() + ".values";

    private final ActiveObjects ao;
    private final List<CompanyValue> defaults;
    private final ClusteredValue<List<CompanyValue>> cached;

    @Inject
    public AoCompanyValues(ActiveObjects ao, CacheManager caches) {
        this.ao = ao;
        this.defaults = DefaultCompanyValues.VALUES;
        this.cached = ClusteredValue.cached(caches, CACHE, this::readOrSeed);
    }

    /** Uncached, reading the table each time: for tests of the table itself. */
    public AoCompanyValues(ActiveObjects ao) {
        this(ao, DefaultCompanyValues.VALUES);
    }

    AoCompanyValues(ActiveObjects ao, List<CompanyValue> defaults) {
        this.ao = ao;
        this.defaults = List.copyOf(defaults);
        this.cached = ClusteredValue.uncached(this::readOrSeed);
    }

    @Override
    public List<CompanyValue> allValues() {
        return cached.get();
    }

    @Override
    public Optional<CompanyValue> findValue(String id) {
        for (CompanyValue value : cached.get()) {
            if (value.id().equals(id)) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }

    /** Tells every node that the values changed; call it after the transaction that changed them. */
    public void invalidate() {
        cached.invalidate();
    }

    private List<CompanyValue> readOrSeed() {
        List<CompanyValue> all = readAll();
        if (!all.isEmpty()) {
            return all;
        }
        seedIfEmpty();
        return readAll();
    }

    private List<CompanyValue> readAll() {
        CompanyValueAO[] rows = ao.find(
                CompanyValueAO.class,
                Query.select().order(CompanyValueAO.COLUMN_POSITION + " ASC, " + CompanyValueAO.COLUMN_ID + " ASC"));
        return Arrays.stream(rows).map(AoCompanyValues::toValue).toList();
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
