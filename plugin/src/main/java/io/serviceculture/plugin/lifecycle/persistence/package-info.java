/** Every app table at once, for deletes, moves and key changes that cut across features. */
@NullMarked
package io.serviceculture.plugin.lifecycle.persistence;

import org.jspecify.annotations.NullMarked;
