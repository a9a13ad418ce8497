package io.serviceculture.plugin.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.serviceculture.core.common.DomainException;
import io.serviceculture.core.common.NotFoundException;
import io.serviceculture.core.people.Feature;
import org.junit.Test;

public class FeatureGuardTest {
    private final PeopleSettings settings = new PeopleSettings(new MapPluginSettings().factory());
    private final FeatureGuard guard = new FeatureGuard(settings);

    @Test
    public void letsEveryFeatureThroughUntilAnAdminSwitchesItOff() {
        for (Feature feature : Feature.values()) {
            assertThat(guard.isOn(feature)).as(feature.id()).isTrue();
            guard.require(feature);
        }
    }

    @Test
    public void answersNotFoundWithTheFeatureOffKeyForASwitchedOffFeature() {
        settings.setEnabled(Feature.KUDOS, false);

        assertThat(guard.isOn(Feature.KUDOS)).isFalse();
        assertThatThrownBy(() -> guard.require(Feature.KUDOS))
                .isInstanceOf(NotFoundException.class)
                .satisfies(e -> {
                    DomainException error = (DomainException) e;
                    assertThat(error.messageKey()).isEqualTo("service-culture.common.error.feature-off");
                    assertThat(error.field()).isEmpty();
                });
    }

    @Test
    public void switchingOneFeatureOffLeavesTheOthersOn() {
        settings.setEnabled(Feature.KUDOS, false);

        guard.require(Feature.STANDARDS);
        assertThat(guard.isOn(Feature.STANDARDS)).isTrue();
    }

    @Test
    public void letsAFeatureThroughAgainOnceSwitchedBackOn() {
        settings.setEnabled(Feature.STANDARDS, false);
        settings.setEnabled(Feature.STANDARDS, true);

        guard.require(Feature.STANDARDS);
        assertThat(guard.isOn(Feature.STANDARDS)).isTrue();
    }
}
