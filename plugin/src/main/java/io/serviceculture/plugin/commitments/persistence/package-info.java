/** Active Objects tables of service commitments: commitments, check-ins and their history. */
@NullMarked
package io.serviceculture.plugin.commitments.persistence;

import org.jspecify.annotations.NullMarked;
