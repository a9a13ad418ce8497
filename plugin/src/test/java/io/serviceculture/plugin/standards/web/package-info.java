/** Tests of the standards pages. */
@org.jspecify.annotations.NullMarked
package io.serviceculture.plugin.standards.web;
