/** The caller's personal data as a JSON download. */
@NullMarked
package io.serviceculture.plugin.privacy.rest;

import org.jspecify.annotations.NullMarked;
