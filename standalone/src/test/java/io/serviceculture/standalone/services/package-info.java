/** Tests of the host's Jira services. */
@NullMarked
package io.serviceculture.standalone.services;

import org.jspecify.annotations.NullMarked;
