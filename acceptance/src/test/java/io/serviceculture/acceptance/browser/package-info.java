/** Real headless Chromium against the running host. */
@NullMarked
package io.serviceculture.acceptance.browser;

import org.jspecify.annotations.NullMarked;
