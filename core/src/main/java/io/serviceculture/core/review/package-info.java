/** A person's review pack for a period: commitments with sign-offs and check-ins, measured figures, kudos received. */
@NullMarked
package io.serviceculture.core.review;

import org.jspecify.annotations.NullMarked;
