@NullMarked
package io.serviceculture.core.lifecycle;

import org.jspecify.annotations.NullMarked;
