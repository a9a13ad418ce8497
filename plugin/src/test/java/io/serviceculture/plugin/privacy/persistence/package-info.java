@NullMarked
package io.serviceculture.plugin.privacy.persistence;

import org.jspecify.annotations.NullMarked;
