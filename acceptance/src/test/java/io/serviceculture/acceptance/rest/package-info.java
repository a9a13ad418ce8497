/** REST resources over HTTP against the running host. */
@NullMarked
package io.serviceculture.acceptance.rest;

import org.jspecify.annotations.NullMarked;
