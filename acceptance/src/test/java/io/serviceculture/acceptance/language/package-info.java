/** The app in each user's own Jira language: pages, REST errors and mail. */
@NullMarked
package io.serviceculture.acceptance.language;

import org.jspecify.annotations.NullMarked;
