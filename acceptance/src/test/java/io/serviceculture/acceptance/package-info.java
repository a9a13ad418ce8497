/** The app end to end, in the standalone host, as its users and scripts meet it. */
@NullMarked
package io.serviceculture.acceptance;

import org.jspecify.annotations.NullMarked;
