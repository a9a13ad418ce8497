package io.serviceculture.core.config;

import io.serviceculture.core.kudos.KudosSettings;
import io.serviceculture.core.people.Feature;
import io.serviceculture.core.retention.RetentionPolicy;
import java.util.EnumSet;
import java.util.Set;

/**
 * Every switch and small setting of the app: features turned off, people-level figures restricted, the weekly
 * kudos allowance, leaderboards, whether HR reports quote private kudos, and retention.
 */
public record AppSwitches(
        Set<Feature> featuresOff,
        boolean personFiguresRestricted,
        KudosSettings kudos,
        boolean leaderboards,
        boolean reportsPrivateText,
        RetentionPolicy retention) {
    public AppSwitches {
        featuresOff = featuresOff.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(featuresOff));
    }
}
