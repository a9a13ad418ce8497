/** Cross-team accountability: who handed work to whom, who owned it end to end, and each team's score. */
@NullMarked
package io.serviceculture.core.accountability;

import org.jspecify.annotations.NullMarked;
