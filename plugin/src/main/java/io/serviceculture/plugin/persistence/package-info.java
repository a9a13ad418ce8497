/** What every feature's Active Objects persistence shares. */
@NullMarked
package io.serviceculture.plugin.persistence;

import org.jspecify.annotations.NullMarked;
