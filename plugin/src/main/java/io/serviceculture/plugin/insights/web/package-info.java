/** The Recognition insights page, rendered on the server. */
@NullMarked
package io.serviceculture.plugin.insights.web;

import org.jspecify.annotations.NullMarked;
