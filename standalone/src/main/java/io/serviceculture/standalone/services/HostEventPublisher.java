package io.serviceculture.standalone.services;

import com.atlassian.event.api.EventListener;
import com.atlassian.event.api.EventPublisher;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Jira's {@code EventPublisher}: each public one-argument method annotated {@code @EventListener} of a registered
 * object receives the published events its parameter type accepts, synchronously as Jira's non-async listeners
 * do. A listener that throws is logged and does not stop the others.
 */
public final class HostEventPublisher implements EventPublisher {
    private static final Logger LOG = LoggerFactory.getLogger(HostEventPublisher.class);

    private final List<Object> listeners = new CopyOnWriteArrayList<>();

    @Override
    public void register(Object listener) {
        if (listenerMethods(listener).isEmpty()) {
            throw new IllegalArgumentException(listener.getClass().getName() + " has no @EventListener methods");
        }
        if (listeners.stream().noneMatch(l -> l == listener)) {
            listeners.add(listener);
        }
    }

    @Override
    public void unregister(Object listener) {
        listeners.removeIf(l -> l == listener);
    }

    /** Who is registered now, in registration order. */
    public List<Object> listeners() {
        return List.copyOf(listeners);
    }

    public void publish(Object event) {
        for (Object listener : listeners) {
            for (Method method : listenerMethods(listener)) {
                if (method.getParameterTypes()[0].isInstance(event)) {
                    invoke(listener, method, event);
                }
            }
        }
    }

    private static void invoke(Object listener, Method method, Object event) {
        try {
            method.invoke(listener, event);
        } catch (InvocationTargetException e) {
            LOG.error("Listener {} failed on {}", method, event, e.getCause());
        } catch (IllegalAccessException e) {
            LOG.error("Listener {} is not accessible", method, e);
        }
    }

    private static List<Method> listenerMethods(Object listener) {
        return Arrays.stream(listener.getClass().getMethods())
                .filter(m -> m.isAnnotationPresent(EventListener.class))
                .filter(m -> m.getParameterCount() == 1 && !Modifier.isStatic(m.getModifiers()))
                .toList();
    }
}
