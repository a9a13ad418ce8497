/** Issues as the features see them: who may browse them, and their history as a timeline. */
@NullMarked
package io.serviceculture.core.issues;

import org.jspecify.annotations.NullMarked;
