/** Client service standards in Jira: issue history as timelines, primary teams, and the use cases as one bean. */
@org.jspecify.annotations.NullMarked
package io.serviceculture.plugin.standards;
