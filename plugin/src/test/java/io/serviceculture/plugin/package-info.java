/** Checks of the app as a whole: its jar, its architecture and its texts. */
@org.jspecify.annotations.NullMarked
package io.serviceculture.plugin;
