/** JMH benchmarks of the core engines; each quality bar of design.md section 6 has one here or a load run. */
@NullMarked
package io.serviceculture.bench;

import org.jspecify.annotations.NullMarked;
