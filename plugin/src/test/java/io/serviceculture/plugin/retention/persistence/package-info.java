@NullMarked
package io.serviceculture.plugin.retention.persistence;

import org.jspecify.annotations.NullMarked;
