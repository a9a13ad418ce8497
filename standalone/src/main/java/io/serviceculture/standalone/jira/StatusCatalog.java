package io.serviceculture.standalone.jira;

import io.serviceculture.core.issues.StatusCategory;
import io.serviceculture.core.issues.StatusRef;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Statuses by id with their categories. Jira's built-in statuses are known from the start, because real issue
 * exports from old Jira versions carry no category.
 */
public final class StatusCatalog {
    private final Map<String, StatusRef> byId = new ConcurrentHashMap<>();

    public StatusCatalog() {
        add(new StatusRef("1", "Open", StatusCategory.TO_DO));
        add(new StatusRef("3", "In Progress", StatusCategory.IN_PROGRESS));
        add(new StatusRef("4", "Reopened", StatusCategory.TO_DO));
        add(new StatusRef("5", "Resolved", StatusCategory.DONE));
        add(new StatusRef("6", "Closed", StatusCategory.DONE));
    }

    public void add(StatusRef status) {
        byId.put(status.id(), status);
    }

    public Optional<StatusRef> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /**
     * The status with this id; one the catalogue has never seen counts as in progress, the category that
     * neither starts nor stops a clock by itself.
     */
    public StatusRef resolve(String id, String name) {
        return byId(id).orElseGet(() -> new StatusRef(id, name, StatusCategory.IN_PROGRESS));
    }

    public Collection<StatusRef> all() {
        return List.copyOf(byId.values());
    }

    /** Jira's status category key ({@code new}, {@code indeterminate}, {@code done}) as a category. */
    public static Optional<StatusCategory> categoryOfKey(String key) {
        switch (key) {
            case "new":
                return Optional.of(StatusCategory.TO_DO);
            case "indeterminate":
                return Optional.of(StatusCategory.IN_PROGRESS);
            case "done":
                return Optional.of(StatusCategory.DONE);
            default:
                return Optional.empty();
        }
    }
}
