package io.serviceculture.plugin.people.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.atlassian.plugin.PluginParseException;
import io.serviceculture.core.people.Feature;
import io.serviceculture.plugin.people.FeatureGuard;
import io.serviceculture.plugin.people.MapPluginSettings;
import io.serviceculture.plugin.people.PeopleSettings;
import java.util.Map;
import org.junit.Test;

public class FeatureOnConditionTest {
    private final PeopleSettings settings = new PeopleSettings(new MapPluginSettings().factory());
    private final FeatureOnCondition condition = new FeatureOnCondition(new FeatureGuard(settings));

    @Test
    public void showsTheFragmentWhileItsFeatureIsOn() {
        condition.init(Map.of("feature", "kudos"));

        assertThat(condition.shouldDisplay(Map.of())).isTrue();
    }

    @Test
    public void hidesTheFragmentOnceItsFeatureIsSwitchedOff() {
        condition.init(Map.of("feature", "kudos"));
        settings.setEnabled(Feature.KUDOS, false);

        assertThat(condition.shouldDisplay(Map.of())).isFalse();
    }

    @Test
    public void followsOnlyTheFeatureNamedInItsParam() {
        condition.init(Map.of("feature", "standards"));
        settings.setEnabled(Feature.KUDOS, false);

        assertThat(condition.shouldDisplay(Map.of())).isTrue();
    }

    @Test
    public void refusesAnUnknownFeatureAtModuleLoad() {
        assertThatThrownBy(() -> condition.init(Map.of("feature", "karaoke")))
                .isInstanceOf(PluginParseException.class)
                .hasMessageContaining("karaoke");
    }

    @Test
    public void refusesAMissingFeatureParam() {
        assertThatThrownBy(() -> condition.init(Map.of())).isInstanceOf(PluginParseException.class);
    }
}
