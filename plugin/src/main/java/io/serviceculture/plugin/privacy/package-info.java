/** Personal data download: everything the app holds about the caller. */
@NullMarked
package io.serviceculture.plugin.privacy;

import org.jspecify.annotations.NullMarked;
