/** REST resources of the people directory: the caller's own roles and teams, the teams, and the admin's settings. */
@NullMarked
package io.serviceculture.plugin.people.rest;

import org.jspecify.annotations.NullMarked;
