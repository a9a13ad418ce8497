package io.serviceculture.plugin.standards.persistence;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.cache.CacheManager;
import io.serviceculture.core.common.ConflictException;
import io.serviceculture.core.standards.ServiceStandard;
import io.serviceculture.core.standards.StandardId;
import io.serviceculture.core.standards.StandardStorePort;
import io.serviceculture.core.standards.StandardVersion;
import io.serviceculture.plugin.persistence.ClusteredValue;
import io.serviceculture.plugin.persistence.UniqueViolations;
import io.serviceculture.plugin.standards.StandardsJson.VersionJson;
import io.serviceculture.plugin.standards.StandardsJsonMapper;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.inject.Inject;
import javax.inject.Named;
import net.java.ao.Query;

/**
 * Standards in {@code SLA_STD} and their versions, append-only, in {@code SLA_VER}. Every issue view and issue event
 * evaluates against every standard, and versions are added rarely, so with the cache manager the standards are held
 * on each node in Jira's cluster-invalidated cache: a new version here empties it on every node, as does {@link
 * #invalidate()} for writes made elsewhere.
 */
@Named
public class AoStandardStore implements StandardStorePort {
    static final String TAKEN = "service-culture.standards.version.error.taken";
    static final String CACHE = AoStandardStore.class.getName() + ".standards";

    private final ActiveObjects ao;
    private final Clock clock;
    private final ClusteredValue<List<ServiceStandard>> standards;

    @Inject
    public AoStandardStore(ActiveObjects ao, CacheManager caches) {
        this.ao = ao;
        this.clock = Clock.systemUTC();
        this.standards = ClusteredValue.cached(caches, CACHE, this::readAll);
    }

    /** Uncached, reading the tables each time: for tests of the tables themselves. */
    public AoStandardStore(ActiveObjects ao) {
        this(ao, Clock.systemUTC());
    }

    AoStandardStore(ActiveObjects ao, Clock clock) {
        this.ao = ao;
        this.clock = clock;
        this.standards = ClusteredValue.uncached(this::readAll);
    }

    @Override
    public List<ServiceStandard> allStandards() {
        return standards.get();
    }

    @Override
    public Optional<ServiceStandard> findStandard(StandardId id) {
        for (ServiceStandard standard : standards.get()) {
            if (standard.id().equals(id)) {
                return Optional.of(standard);
            }
        }
        return Optional.empty();
    }

    /** Tells every node that standards changed; call it after the transaction that changed them. */
    public void invalidate() {
        standards.invalidate();
    }

    private List<ServiceStandard> readAll() {
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
        List<ServiceStandard> all = new ArrayList<>();
        byStandard.forEach((id, versions) -> all.add(new ServiceStandard(StandardId.of(id), versions)));
        return List.copyOf(all);
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
            invalidate();
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
