/** The HR recognition reports page and the condition that shows its link to HR and admins only. */
@org.jspecify.annotations.NullMarked
package io.serviceculture.plugin.reports.web;
