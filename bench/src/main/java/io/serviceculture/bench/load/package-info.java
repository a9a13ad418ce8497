/** Load runs against the standalone host over HTTP, on loopback only, bounded in requests and time. */
@NullMarked
package io.serviceculture.bench.load;

import org.jspecify.annotations.NullMarked;
