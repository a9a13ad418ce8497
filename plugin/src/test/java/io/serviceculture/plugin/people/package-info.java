@NullMarked
package io.serviceculture.plugin.people;

import org.jspecify.annotations.NullMarked;
