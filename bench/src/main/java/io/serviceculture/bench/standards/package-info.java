/** Benchmarks of the SLA clock engine: timelines evaluated per second on a business calendar. */
@NullMarked
package io.serviceculture.bench.standards;

import org.jspecify.annotations.NullMarked;
