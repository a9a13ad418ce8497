/** The product's domain and use cases, feature by feature, free of any Jira, servlet or database type. */
@NullMarked
package io.serviceculture.core;

import org.jspecify.annotations.NullMarked;
