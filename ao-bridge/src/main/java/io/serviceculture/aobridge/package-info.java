/** Active Objects outside Jira: the plugin's ActiveObjects service over net.java.ao, named as Jira names tables. */
@org.jspecify.annotations.NullMarked
package io.serviceculture.aobridge;
