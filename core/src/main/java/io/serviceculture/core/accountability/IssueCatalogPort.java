package io.serviceculture.core.accountability;

import java.util.List;

/** Every issue there is, for a rebuild of the figures from history. */
@FunctionalInterface
public interface IssueCatalogPort {
    List<Long> allIssueIds();
}
