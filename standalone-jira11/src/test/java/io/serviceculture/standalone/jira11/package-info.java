/** The standalone host on Jira 11's stack, running the Jira 11.3 jar, driven by a browser. */
@org.jspecify.annotations.NullMarked
package io.serviceculture.standalone.jira11;
