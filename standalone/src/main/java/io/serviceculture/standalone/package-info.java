/** The standalone host: runs the app outside Jira in embedded Tomcat, wired from the plugin's own metadata. */
@NullMarked
package io.serviceculture.standalone;

import org.jspecify.annotations.NullMarked;
