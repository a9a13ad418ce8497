/** The review pack as a PDF, written with OpenPDF in an embedded font that covers Latin Extended. */
@NullMarked
package io.serviceculture.plugin.review.pdf;

import org.jspecify.annotations.NullMarked;
