/** Benchmarks of the accountability engine: a full rebuild, and one issue's update when an event arrives. */
@NullMarked
package io.serviceculture.bench.accountability;

import org.jspecify.annotations.NullMarked;
