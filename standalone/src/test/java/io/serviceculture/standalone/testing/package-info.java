/** Starting the host for tests, and talking to it over HTTP. */
@NullMarked
package io.serviceculture.standalone.testing;

import org.jspecify.annotations.NullMarked;
