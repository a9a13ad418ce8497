@NullMarked
package io.serviceculture.plugin.lifecycle.persistence;

import org.jspecify.annotations.NullMarked;
