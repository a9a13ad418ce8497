/** Tests of the standards adapters at Jira's edge. */
@org.jspecify.annotations.NullMarked
package io.serviceculture.plugin.standards;
