/** Tests of the standards REST mapping and admin check. */
@org.jspecify.annotations.NullMarked
package io.serviceculture.plugin.standards.rest;
