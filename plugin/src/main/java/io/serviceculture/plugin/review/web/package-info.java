/** The printable review pack page, its PDF download and the profile link to them. */
@NullMarked
package io.serviceculture.plugin.review.web;

import org.jspecify.annotations.NullMarked;
