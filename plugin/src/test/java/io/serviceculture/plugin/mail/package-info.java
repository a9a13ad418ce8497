@org.jspecify.annotations.NullMarked
package io.serviceculture.plugin.mail;
