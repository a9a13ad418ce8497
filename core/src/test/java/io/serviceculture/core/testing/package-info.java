/** In-memory fakes of the core's ports and other test helpers, shared with other modules' tests. */
@NullMarked
package io.serviceculture.core.testing;

import org.jspecify.annotations.NullMarked;
