package io.serviceculture.plugin.people.web;

/** The admin page's view model: the page shows only texts; its script loads the settings. */
public final class PeopleAdminView {}
