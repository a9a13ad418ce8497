/** Jira-like pages the host renders itself with AUI: login, dashboard, profile and issue view. */
@NullMarked
package io.serviceculture.standalone.pages;

import org.jspecify.annotations.NullMarked;
