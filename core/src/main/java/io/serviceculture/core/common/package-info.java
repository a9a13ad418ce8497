/** What every feature shares: domain errors that carry an i18n key, and paging. */
@NullMarked
package io.serviceculture.core.common;

import org.jspecify.annotations.NullMarked;
