package io.serviceculture.aobridge;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.activeobjects.external.ModelVersion;
import com.atlassian.sal.api.pluginsettings.PluginSettings;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import net.java.ao.RawEntity;

/**
 * Brings an app's tables to its current model as Jira's AO plugin does when the app starts: the upgrade tasks newer
 * than the stored model version run oldest first, each in its own transaction, the stored version moving on after
 * each; then the module's entities are migrated. A task that fails stops the upgrade with the version of the last
 * task that succeeded stored, so the next start resumes there. On a fresh install the stored version is 0 and every
 * task runs (over empty tables).
 */
public final class AoUpgrades {
    private AoUpgrades() {}

    /** The global plugin setting holding a namespace's model version: the table prefix and {@code #}. */
    public static String modelVersionKey(AoTablePrefix prefix) {
        return prefix.prepend("#");
    }

    /** The stored model version of the namespace, 0 when none is stored. */
    public static ModelVersion storedVersion(PluginSettings globalSettings, AoTablePrefix prefix) {
        Object stored = globalSettings.get(modelVersionKey(prefix));
        return ModelVersion.valueOf(stored instanceof String text ? text : null);
    }

    /** Runs the newer upgrade tasks, then migrates the entities; returns the model version reached. */
    @SafeVarargs
    @SuppressWarnings("varargs") // only passed on to migrate, which reads the classes
    public static ModelVersion upgradeAndMigrate(
            ActiveObjects ao,
            PluginSettings globalSettings,
            AoTablePrefix prefix,
            List<? extends ActiveObjectsUpgradeTask> tasks,
            Class<? extends RawEntity<?>>... entities) {
        ModelVersion reached = upgrade(ao, globalSettings, prefix, tasks);
        if (entities.length > 0) {
            ao.migrate(entities);
        }
        return reached;
    }

    /** Runs the upgrade tasks newer than the stored model version, oldest first; returns the version reached. */
    public static ModelVersion upgrade(
            ActiveObjects ao,
            PluginSettings globalSettings,
            AoTablePrefix prefix,
            List<? extends ActiveObjectsUpgradeTask> tasks) {
        List<ActiveObjectsUpgradeTask> sorted = new ArrayList<>(tasks);
        sorted.sort(Comparator.comparing(ActiveObjectsUpgradeTask::getModelVersion));
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i).getModelVersion().isSame(sorted.get(i - 1).getModelVersion())) {
                throw new IllegalStateException(
                        "two upgrade tasks have model version " + sorted.get(i).getModelVersion());
            }
        }
        ModelVersion current = storedVersion(globalSettings, prefix);
        for (ActiveObjectsUpgradeTask task : sorted) {
            if (!current.isOlderThan(task.getModelVersion())) {
                continue;
            }
            ModelVersion from = current;
            ao.executeInTransaction(() -> {
                task.upgrade(from, ao);
                return null;
            });
            current = task.getModelVersion();
            globalSettings.put(modelVersionKey(prefix), current.toString());
        }
        return current;
    }
}
