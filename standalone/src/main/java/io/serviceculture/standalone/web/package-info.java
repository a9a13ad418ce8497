/** Servlet filters and servlets that behave as Jira's do: login, sessions, HTTP Basic, XSRF and body limits. */
@NullMarked
package io.serviceculture.standalone.web;

import org.jspecify.annotations.NullMarked;
