/** The people directory every feature attributes work to: people, teams, and who manages whom. */
@NullMarked
package io.serviceculture.core.people;

import org.jspecify.annotations.NullMarked;
