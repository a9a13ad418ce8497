package io.serviceculture.plugin.standards.persistence;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.serviceculture.core.common.ConflictException;
import io.serviceculture.core.standards.ServiceStandard;
import io.serviceculture.core.standards.StandardId;
import io.serviceculture.core.standards.StandardStorePort;
import io.serviceculture.core.standards.StandardVersion;
import io.serviceculture.plugin.persistence.UniqueViolations;
import io.serviceculture.plugin.standards.StandardsJson.VersionJson;
import io.serviceculture.plugin.standards.StandardsJsonMapper;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.inject.Inject;
import javax.inject.Named;
import net.java.ao.Query;

/** Standards in {@code SLA_STD} and their versions, append-only, in {@code SLA_VER}. */
@Named
public class AoStandardStore implements StandardStorePort {
    static final String TAKEN = "service-culture.standards.version.error.taken";

    private final ActiveObjects ao;
    private final Clock clock;

    @Inject
    public AoStandardStore(ActiveObjects ao) {
        this(ao, Clock.systemUTC());
    }

    AoStandardStore(ActiveObjects ao, Clock clock) {
        this.ao = ao;
        this.clock = clock;
    }

    @Override
    public List<ServiceStandard> allStandards() {
        StandardVersionAO[] rows = ao.find(
                StandardVersionAO.class,
                Query.select()
                        .order(StandardVersionAO.COLUMN_STANDARD_ID + " ASC, " + StandardVersionAO.COLUMN_VERSION_NUMBER
                                + " ASC"));
        Map<String, List<StandardVersion>> byStandard = new LinkedHashMap<>();
        for (StandardVersionAO row : rows) {
            byStandard
                    .computeIfAbsent(row.getStandardId(), id -> new ArrayList<>())
                    .add(toVersion(row));
        }
        List<ServiceStandard> standards = new ArrayList<>();
        byStandard.forEach((id, versions) -> standards.add(new ServiceStandard(StandardId.of(id), versions)));
        return standards;
    }

    @Override
    public Optional<ServiceStandard> findStandard(StandardId id) {
        StandardVersionAO[] rows = ao.find(
                StandardVersionAO.class,
                Query.select()
                        .where(StandardVersionAO.COLUMN_STANDARD_ID + " = ?", id.value())
                        .order(StandardVersionAO.COLUMN_VERSION_NUMBER + " ASC"));
        if (rows.length == 0) {
            return Optional.empty();
        }
        return Optional.of(new ServiceStandard(
                id, Arrays.stream(rows).map(AoStandardStore::toVersion).toList()));
    }

    @Override
    public void addVersion(StandardId id, StandardVersion version) {
        try {
            ao.executeInTransaction(() -> {
                if (version.number() == 1) {
                    Map<String, Object> standard = new LinkedHashMap<>();
                    standard.put(StandardAO.COLUMN_STANDARD_ID, id.value());
                    standard.put(StandardAO.COLUMN_CREATED_AT, Date.from(clock.instant()));
                    ao.create(StandardAO.class, standard);
                }
                Map<String, Object> columns = new LinkedHashMap<>();
                columns.put(StandardVersionAO.COLUMN_STANDARD_ID, id.value());
                columns.put(StandardVersionAO.COLUMN_VERSION_NUMBER, version.number());
                columns.put(StandardVersionAO.COLUMN_VERSION_KEY, id.value() + "|" + version.number());
                columns.put(StandardVersionAO.COLUMN_EFFECTIVE_FROM, Date.from(version.effectiveFrom()));
                columns.put(
                        StandardVersionAO.COLUMN_DEFINITION, Definitions.write(StandardsJsonMapper.toJson(version)));
                ao.create(StandardVersionAO.class, columns);
                return null;
            });
        } catch (RuntimeException e) {
            if (UniqueViolations.isUniqueViolation(e)) {
                throw ConflictException.onField("version", TAKEN, version.number());
            }
            throw e;
        }
    }

    private static StandardVersion toVersion(StandardVersionAO row) {
        VersionJson json = Definitions.read(row.getDefinition(), VersionJson.class);
        return StandardsJsonMapper.toVersion(
                row.getVersionNumber(), row.getEffectiveFrom().toInstant(), json);
    }
}
