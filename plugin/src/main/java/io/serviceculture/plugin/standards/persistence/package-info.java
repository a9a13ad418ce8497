/** Calendars, standard versions and recorded cycles in Active Objects tables. */
@org.jspecify.annotations.NullMarked
package io.serviceculture.plugin.standards.persistence;
