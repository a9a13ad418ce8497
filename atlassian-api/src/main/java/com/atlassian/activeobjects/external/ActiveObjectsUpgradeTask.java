package com.atlassian.activeobjects.external;

/**
 * An upgrade of the app's data model, declared as {@code <upgradeTask>} in the {@code <ao>} module. Active Objects runs
 * each task whose version is newer than the stored model version, oldest first, each in its own transaction, before
 * it migrates the module's entities. Mirrored whole, since the app implements it.
 */
public interface ActiveObjectsUpgradeTask {
    /** The model version once this task has run. */
    ModelVersion getModelVersion();

    /** Upgrades from {@code currentVersion}; the task migrates the entities it needs itself. */
    void upgrade(ModelVersion currentVersion, ActiveObjects ao);
}
