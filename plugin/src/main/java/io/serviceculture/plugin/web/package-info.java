/** What every page and panel shares: escaped text for templates and rendering through Jira's TemplateRenderer. */
@NullMarked
package io.serviceculture.plugin.web;

import org.jspecify.annotations.NullMarked;
