/** Kudos in Jira: the adapters that connect the kudos use cases to Jira and to the database. */
@org.jspecify.annotations.NullMarked
package io.serviceculture.plugin.kudos;
