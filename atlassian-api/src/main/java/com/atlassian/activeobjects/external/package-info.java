/**
 * Compile-only mirror of the Active Objects plugin API, following https://docs.atlassian.com/activeobjects-plugin-parent-pom/2.0.1-0fc30df/xref/com/atlassian/activeobjects/external/ActiveObjects.html.
 * {@code ActiveObjectsUpgradeTask} ({@code getModelVersion}, {@code upgrade(ModelVersion, ActiveObjects)}) and
 * {@code ModelVersion} follow the same project's {@code com.atlassian.activeobjects.external} sources; the stored
 * version is the global plugin setting {@code <table prefix>#} ({@code ActiveObjectsSettingKeys.MODEL_VERSION},
 * {@code SalModelVersionManager}), and {@code ActiveObjectUpgradeManagerImpl} runs each newer task in a transaction.
 * Jira provides the real types at runtime.
 */
@org.jspecify.annotations.NullMarked
package com.atlassian.activeobjects.external;
