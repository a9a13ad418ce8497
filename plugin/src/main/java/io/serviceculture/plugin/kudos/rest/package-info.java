/** REST resources for kudos and company values, under {@code /rest/service-culture/1.0}. */
@NullMarked
package io.serviceculture.plugin.kudos.rest;

import org.jspecify.annotations.NullMarked;
