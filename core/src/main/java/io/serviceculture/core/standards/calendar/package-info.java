/** Business calendars: working hours, holidays and time zones, and the working time between two instants. */
@NullMarked
package io.serviceculture.core.standards.calendar;

import org.jspecify.annotations.NullMarked;
