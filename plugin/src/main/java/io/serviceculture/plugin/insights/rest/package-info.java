/** The insights REST resource: HR, admins and managers, each within their scope. */
@NullMarked
package io.serviceculture.plugin.insights.rest;

import org.jspecify.annotations.NullMarked;
