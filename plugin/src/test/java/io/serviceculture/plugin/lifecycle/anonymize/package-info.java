@NullMarked
package io.serviceculture.plugin.lifecycle.anonymize;

import org.jspecify.annotations.NullMarked;
