/** Client service standards: versioned standards, their metrics, and the SLA clocks computed from timelines. */
@NullMarked
package io.serviceculture.core.standards;

import org.jspecify.annotations.NullMarked;
