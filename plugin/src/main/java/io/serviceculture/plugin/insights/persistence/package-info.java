/** Kudos added up in the database for the insights, with SQL GROUP BY over the app's AO tables. */
@NullMarked
package io.serviceculture.plugin.insights.persistence;

import org.jspecify.annotations.NullMarked;
