/** Service commitments: a person's service goals per period, measured from Jira or tracked by milestones. */
@NullMarked
package io.serviceculture.core.commitments;

import org.jspecify.annotations.NullMarked;
