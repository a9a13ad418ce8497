/** The Accountability page and the rating panel on the issue view. */
@NullMarked
package io.serviceculture.plugin.accountability.web;

import org.jspecify.annotations.NullMarked;
