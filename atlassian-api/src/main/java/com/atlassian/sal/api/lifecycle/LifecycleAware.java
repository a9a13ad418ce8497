package com.atlassian.sal.api.lifecycle;

/** Told when the application (and the plugin, once enabled) has started, and when the plugin stops. */
public interface LifecycleAware {
    void onStart();

    void onStop();
}
