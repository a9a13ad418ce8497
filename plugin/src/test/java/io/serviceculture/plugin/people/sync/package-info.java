@NullMarked
package io.serviceculture.plugin.people.sync;

import org.jspecify.annotations.NullMarked;
