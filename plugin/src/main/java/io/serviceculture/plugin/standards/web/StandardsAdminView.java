package io.serviceculture.plugin.standards.web;

/** The standards admin page's view model: the page shows only texts; its script loads calendars and standards. */
public final class StandardsAdminView {}
