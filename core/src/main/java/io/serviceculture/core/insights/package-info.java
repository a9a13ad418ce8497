/** Fair recognition insights: who is left out, how concentrated kudos are, which values and teams they reach. */
@NullMarked
package io.serviceculture.core.insights;

import org.jspecify.annotations.NullMarked;
