package io.serviceculture.core.kudos;

/**
 * A value the organisation recognises, such as "Own it end to end". Kudos always name one, so that
 * recognition tells what behaviour it rewards. Retired values stay on old kudos but take no new ones.
 */
public record CompanyValue(String id, String name, String description, boolean active) {
    public CompanyValue {
        if (id.isBlank() || name.isBlank()) {
            throw new IllegalArgumentException("a company value has an id and a name");
        }
    }
}
