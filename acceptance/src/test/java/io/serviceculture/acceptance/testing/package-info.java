/** Helpers for acceptance tests: JSON over HTTP, the authorisation matrix, the browser. */
@NullMarked
package io.serviceculture.acceptance.testing;

import org.jspecify.annotations.NullMarked;
