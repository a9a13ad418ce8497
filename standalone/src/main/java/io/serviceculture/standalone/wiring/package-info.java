/** Reads the plugin's descriptor and Spring Scanner index and mounts what they declare. */
@NullMarked
package io.serviceculture.standalone.wiring;

import org.jspecify.annotations.NullMarked;
