/** Tests of the accountability REST helpers. */
@org.jspecify.annotations.NullMarked
package io.serviceculture.plugin.accountability.rest;
