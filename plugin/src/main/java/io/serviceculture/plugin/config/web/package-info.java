/** The admin page to export, preview and apply a configuration and to set retention. */
@NullMarked
package io.serviceculture.plugin.config.web;

import org.jspecify.annotations.NullMarked;
