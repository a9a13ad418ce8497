/** Service commitments in Jira's pages: the profile panel and the managers' "My team" page. */
@NullMarked
package io.serviceculture.plugin.commitments.web;

import org.jspecify.annotations.NullMarked;
