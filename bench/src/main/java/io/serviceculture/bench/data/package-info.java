/** The scale data set: 20k people, 100k issues, 1M kudos, written as the host's import folder and COPY rows. */
@NullMarked
package io.serviceculture.bench.data;

import org.jspecify.annotations.NullMarked;
