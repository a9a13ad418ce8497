@NullMarked
package io.serviceculture.plugin.lifecycle;

import org.jspecify.annotations.NullMarked;
