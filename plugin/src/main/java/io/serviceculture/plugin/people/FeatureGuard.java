package io.serviceculture.plugin.people;

import io.serviceculture.core.common.NotFoundException;
import io.serviceculture.core.people.Feature;
import javax.inject.Inject;
import javax.inject.Named;

/**
 * The one place that obeys the admin's feature switches: REST resources call {@link #require} first, so a
 * switched-off feature answers 404 in the one error shape, as if it were not installed; pages and panels ask
 * {@link #isOn}.
 */
@Named
public class FeatureGuard {
    private final PeopleSettings settings;

    @Inject
    public FeatureGuard(PeopleSettings settings) {
        this.settings = settings;
    }

    public boolean isOn(Feature feature) {
        return settings.isEnabled(feature);
    }

    /** Throws a 404 domain error when the feature is switched off. */
    public void require(Feature feature) {
        if (!isOn(feature)) {
            throw new NotFoundException("service-culture.common.error.feature-off");
        }
    }
}
