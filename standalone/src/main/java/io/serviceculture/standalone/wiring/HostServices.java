package io.serviceculture.standalone.wiring;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/** The Jira services the host implements, by the interface a plugin imports them as. */
public final class HostServices {
    private final Map<String, Object> byInterface = new LinkedHashMap<>();

    public <T> HostServices provide(Class<T> type, T implementation) {
        byInterface.put(type.getName(), implementation);
        return this;
    }

    public Optional<Object> forInterface(String interfaceName) {
        return Optional.ofNullable(byInterface.get(interfaceName));
    }

    public Object require(String interfaceName, String beanName) {
        return forInterface(interfaceName)
                .orElseThrow(() -> new PluginWiringException("The plugin imports " + interfaceName + " (bean \""
                        + beanName + "\") but the host provides no such service. Jira would not start the plugin"
                        + " either. The host provides: " + new TreeSet<>(byInterface.keySet())));
    }

    public <T> T get(Class<T> type) {
        return type.cast(forInterface(type.getName())
                .orElseThrow(() -> new IllegalStateException("the host has no " + type.getName())));
    }
}
