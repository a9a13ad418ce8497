@NullMarked
package io.serviceculture.plugin.config.persistence;

import org.jspecify.annotations.NullMarked;
