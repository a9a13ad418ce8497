package com.atlassian.event.api;

/** Jira's event bus; the app only registers and unregisters its listeners. */
public interface EventPublisher extends EventListenerRegistrar {}
