/** The review pack PDF, read back with OpenPDF's text extractor. */
@NullMarked
package io.serviceculture.plugin.review.pdf;

import org.jspecify.annotations.NullMarked;
