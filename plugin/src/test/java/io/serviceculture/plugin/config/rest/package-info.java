@NullMarked
package io.serviceculture.plugin.config.rest;

import org.jspecify.annotations.NullMarked;
