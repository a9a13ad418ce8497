package io.serviceculture.plugin.accountability.web;

/** The settings page needs nothing from the server but its texts: the script loads the settings from REST. */
public final class AccountabilitySettingsView {}
