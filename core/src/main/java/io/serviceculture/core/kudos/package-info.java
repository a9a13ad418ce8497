/** Peer kudos: giving recognition tied to a company value, within a fair weekly allowance. */
@NullMarked
package io.serviceculture.core.kudos;

import org.jspecify.annotations.NullMarked;
