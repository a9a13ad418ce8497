/** Writes the Atlassian Spring Scanner index at compile time, in place of Atlassian's Maven plugin. */
@org.jspecify.annotations.NullMarked
package io.serviceculture.scanner;
