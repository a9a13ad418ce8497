@NullMarked
package io.serviceculture.standalone.cluster;

import org.jspecify.annotations.NullMarked;
