package io.serviceculture.standalone.services;

import com.atlassian.activeobjects.external.ActiveObjects;
import java.lang.reflect.Proxy;

/**
 * Stands in for Active Objects until the host runs the AO bridge over its database: the plugin's beans can be
 * built, and any use of AO fails with a message that says why.
 */
public final class PendingActiveObjects {
    private PendingActiveObjects() {}

    public static ActiveObjects create() {
        return (ActiveObjects) Proxy.newProxyInstance(
                ActiveObjects.class.getClassLoader(), new Class<?>[] {ActiveObjects.class}, (proxy, method, args) -> {
                    switch (method.getName()) {
                        case "toString":
                            return "ActiveObjects (pending the AO bridge)";
                        case "hashCode":
                            return System.identityHashCode(proxy);
                        case "equals":
                            return proxy == args[0];
                        default:
                            throw new UnsupportedOperationException(
                                    "ActiveObjects." + method.getName() + ": the host has no AO bridge yet");
                    }
                });
    }
}
