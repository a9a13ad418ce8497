/** The app jar in Apache Felix, against the packages each Jira line exports to apps. */
@org.jspecify.annotations.NullMarked
package io.serviceculture.osgi;
