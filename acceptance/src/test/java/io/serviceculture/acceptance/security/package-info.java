/** Security suites over the running host: XSRF as Jira enforces it, hostile text in pages, mail and exports. */
@NullMarked
package io.serviceculture.acceptance.security;

import org.jspecify.annotations.NullMarked;
