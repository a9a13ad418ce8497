/** The batched deletes of old kudos and ratings, in Active Objects. */
@NullMarked
package io.serviceculture.plugin.retention.persistence;

import org.jspecify.annotations.NullMarked;
