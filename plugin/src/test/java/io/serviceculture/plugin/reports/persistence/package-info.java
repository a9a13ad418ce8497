@org.jspecify.annotations.NullMarked
package io.serviceculture.plugin.reports.persistence;
