/** REST resources of accountability: matrix, trends, drill-down, hand-off chains, CSV, ratings, admin. */
@NullMarked
package io.serviceculture.plugin.accountability.rest;

import org.jspecify.annotations.NullMarked;
