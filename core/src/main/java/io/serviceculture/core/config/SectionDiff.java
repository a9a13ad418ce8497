package io.serviceculture.core.config;

import java.util.List;

/**
 * What an import would do to one section, by name: entries it adds, changes and removes. Retiring a company value
 * counts as removing it (kudos keep naming it); a changed setting is listed under {@code changed}.
 */
public record SectionDiff(String section, List<String> added, List<String> changed, List<String> removed) {
    public SectionDiff {
        if (section.isBlank()) {
            throw new IllegalArgumentException("a section has a name");
        }
        added = List.copyOf(added);
        changed = List.copyOf(changed);
        removed = List.copyOf(removed);
    }

    public boolean isEmpty() {
        return added.isEmpty() && changed.isEmpty() && removed.isEmpty();
    }
}
