package io.serviceculture.core.people;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.Test;

public class FeatureTest {
    @Test
    public void isNamedInLowerCaseInSettingsAndTheApi() {
        assertThat(Feature.ACCOUNTABILITY.id()).isEqualTo("accountability");
        assertThat(Feature.byId("kudos")).contains(Feature.KUDOS);
    }

    @Test
    public void findsNoFeatureForAnUnknownOrUpperCaseName() {
        assertThat(Feature.byId("leaderboards")).isEmpty();
        assertThat(Feature.byId("KUDOS")).isEmpty();
    }
}
