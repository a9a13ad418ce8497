/** REST resources of service commitments: every permission is checked by the core's use cases, on the server. */
@NullMarked
package io.serviceculture.plugin.commitments.rest;

import org.jspecify.annotations.NullMarked;
