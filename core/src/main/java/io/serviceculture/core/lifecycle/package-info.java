/** Data lifecycle: what the app keeps, moves or forgets when Jira deletes or moves issues and anonymises people. */
@NullMarked
package io.serviceculture.core.lifecycle;

import org.jspecify.annotations.NullMarked;
