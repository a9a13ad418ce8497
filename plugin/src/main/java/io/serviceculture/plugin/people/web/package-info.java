/** The admin page of the people directory. */
@NullMarked
package io.serviceculture.plugin.people.web;

import org.jspecify.annotations.NullMarked;
