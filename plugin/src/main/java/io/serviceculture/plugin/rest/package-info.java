/** What every REST resource shares: the caller, and one JSON error shape with i18n messages. */
@NullMarked
package io.serviceculture.plugin.rest;

import org.jspecify.annotations.NullMarked;
