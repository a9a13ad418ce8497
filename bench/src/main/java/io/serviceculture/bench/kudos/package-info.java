/** Benchmarks of the kudos rules without a database, the floor under the give-kudos load run. */
@NullMarked
package io.serviceculture.bench.kudos;

import org.jspecify.annotations.NullMarked;
