/** REST resources of service standards: calendars, standards and versions, an issue's clocks. */
@org.jspecify.annotations.NullMarked
package io.serviceculture.plugin.standards.rest;
