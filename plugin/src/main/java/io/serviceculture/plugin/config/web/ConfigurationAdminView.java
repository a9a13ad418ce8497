package io.serviceculture.plugin.config.web;

/** The configuration page's view model: the page shows only texts; its script does the rest over REST. */
public final class ConfigurationAdminView {}
