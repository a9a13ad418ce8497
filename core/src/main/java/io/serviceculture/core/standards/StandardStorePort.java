package io.serviceculture.core.standards;

import java.util.List;
import java.util.Optional;

/**
 * Service standards as the append-only history of their versions: a stored version is never changed, so every
 * recorded cycle keeps meaning what it meant.
 */
public interface StandardStorePort {
    /** Every standard, by id. */
    List<ServiceStandard> allStandards();

    Optional<ServiceStandard> findStandard(StandardId id);

    /**
     * Appends a version; the first version creates the standard.
     *
     * @throws io.serviceculture.core.common.ConflictException when the standard already has a version with this
     *     number (someone else published at the same moment)
     */
    void addVersion(StandardId id, StandardVersion version);
}
