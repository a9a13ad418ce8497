/** Fair recognition insights in Jira: the core's figures over the app's tables, Jira's users and the teams. */
@NullMarked
package io.serviceculture.plugin.insights;

import org.jspecify.annotations.NullMarked;
