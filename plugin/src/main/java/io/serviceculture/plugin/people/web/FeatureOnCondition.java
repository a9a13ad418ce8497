package io.serviceculture.plugin.people.web;

import com.atlassian.plugin.PluginParseException;
import com.atlassian.plugin.web.Condition;
import io.serviceculture.core.people.Feature;
import io.serviceculture.plugin.people.FeatureGuard;
import java.util.Map;
import javax.inject.Inject;
import org.jspecify.annotations.Nullable;

/**
 * Shows a web fragment only while its feature is switched on: {@code <condition class="…FeatureOnCondition">
 * <param name="feature">kudos</param></condition>}. An unknown feature fails at module load, not silently.
 */
public class FeatureOnCondition implements Condition {
    private final FeatureGuard guard;
    private @Nullable Feature feature;

    @Inject
    public FeatureOnCondition(FeatureGuard guard) {
        this.guard = guard;
    }

    @Override
    public void init(Map<String, String> params) throws PluginParseException {
        String id = params.get("feature");
        feature = Feature.byId(id == null ? "" : id.strip())
                .orElseThrow(() -> new PluginParseException("unknown feature in condition: " + id));
    }

    @Override
    public boolean shouldDisplay(Map<String, Object> context) {
        return feature != null && guard.isOn(feature);
    }
}
