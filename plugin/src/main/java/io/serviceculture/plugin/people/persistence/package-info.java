/** Active Objects tables of the people directory: membership periods, reporting lines, team leads, primary teams. */
@NullMarked
package io.serviceculture.plugin.people.persistence;

import org.jspecify.annotations.NullMarked;
