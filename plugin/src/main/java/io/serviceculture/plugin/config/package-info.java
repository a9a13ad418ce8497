/** Configuration export and import: the use cases wired to Jira, and the audit of an import. */
@NullMarked
package io.serviceculture.plugin.config;

import org.jspecify.annotations.NullMarked;
