/** How the app's periodic jobs are scheduled in Jira: each once per cluster, on a fixed interval. */
@org.jspecify.annotations.NullMarked
package io.serviceculture.plugin.scheduling;
