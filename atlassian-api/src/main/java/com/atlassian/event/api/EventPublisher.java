package com.atlassian.event.api;

/** Dispatches events to registered listeners' methods annotated with {@link EventListener}. */
public interface EventPublisher {
    void register(Object listener);

    void unregister(Object listener);
}
