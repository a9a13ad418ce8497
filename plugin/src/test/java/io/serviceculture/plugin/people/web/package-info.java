@NullMarked
package io.serviceculture.plugin.people.web;

import org.jspecify.annotations.NullMarked;
