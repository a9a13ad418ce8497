package com.atlassian.sal.api.lifecycle;

/** Runs code once Jira has started (or the plugin was enabled later), and before it stops or disables the plugin. */
public interface LifecycleAware {
    void onStart();

    void onStop();
}
