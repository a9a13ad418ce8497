/** Configuration export and import: an admin's whole set-up as one document, applied all or nothing. */
@NullMarked
package io.serviceculture.core.config;

import org.jspecify.annotations.NullMarked;
