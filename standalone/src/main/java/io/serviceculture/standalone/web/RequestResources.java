package io.serviceculture.standalone.web;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The web resources and contexts code asked for while serving this request (Jira's PageBuilderService), so the
 * page around it can include them.
 */
public final class RequestResources {
    private static final ThreadLocal<Set<String>> KEYS = ThreadLocal.withInitial(LinkedHashSet::new);
    private static final ThreadLocal<Set<String>> CONTEXTS = ThreadLocal.withInitial(LinkedHashSet::new);

    private RequestResources() {}

    public static void requireWebResource(String completeKey) {
        KEYS.get().add(completeKey);
    }

    public static void requireContext(String context) {
        CONTEXTS.get().add(context);
    }

    public static Set<String> webResources() {
        return Set.copyOf(KEYS.get());
    }

    public static Set<String> contexts() {
        return Set.copyOf(CONTEXTS.get());
    }

    static void clear() {
        KEYS.remove();
        CONTEXTS.remove();
    }
}
