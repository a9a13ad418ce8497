/** Review packs in Jira: who may open one, and the lines both the printable page and the PDF show. */
@NullMarked
package io.serviceculture.plugin.review;

import org.jspecify.annotations.NullMarked;
