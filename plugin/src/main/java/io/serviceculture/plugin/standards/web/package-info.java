/** The SLA clocks panel on the issue view. */
@org.jspecify.annotations.NullMarked
package io.serviceculture.plugin.standards.web;
