/** The Jira app: adapters from Jira and Active Objects to the core use cases, feature by feature. */
@org.jspecify.annotations.NullMarked
package io.serviceculture.plugin;
