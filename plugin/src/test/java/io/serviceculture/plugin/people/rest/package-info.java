@NullMarked
package io.serviceculture.plugin.people.rest;

import org.jspecify.annotations.NullMarked;
