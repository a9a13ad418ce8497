/** Imports users, groups, projects, statuses and issues in Jira REST JSON, and generates synthetic demo issues. */
@NullMarked
package io.serviceculture.standalone.importer;

import org.jspecify.annotations.NullMarked;
