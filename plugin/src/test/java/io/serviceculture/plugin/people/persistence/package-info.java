@NullMarked
package io.serviceculture.plugin.people.persistence;

import org.jspecify.annotations.NullMarked;
