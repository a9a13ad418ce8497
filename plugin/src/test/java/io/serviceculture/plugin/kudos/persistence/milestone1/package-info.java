/** The kudos tables as milestone 1 (commit d686fab) created them, frozen, to upgrade from in tests. */
@NullMarked
package io.serviceculture.plugin.kudos.persistence.milestone1;

import org.jspecify.annotations.NullMarked;
