/** The kudos panel on user profiles and the Recognition page. */
@NullMarked
package io.serviceculture.plugin.kudos.web;

import org.jspecify.annotations.NullMarked;
