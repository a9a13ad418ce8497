/** The configuration document as JSON: export, preview and apply for Jira admins. */
@NullMarked
package io.serviceculture.plugin.config.rest;

import org.jspecify.annotations.NullMarked;
