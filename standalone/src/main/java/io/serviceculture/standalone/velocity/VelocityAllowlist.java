package io.serviceculture.standalone.velocity;

import java.lang.reflect.Method;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which methods a template may call, as Jira 10 decides it: a method on a value type the platform trusts
 * (strings, numbers, collections, dates), a method of a trusted host package, or a method the plugin named in
 * its {@code <velocity-allowlist>} as {@code fq.Class#method(fq.ParamType,…)}. Everything else is blocked.
 */
public final class VelocityAllowlist {
    private static final List<Class<?>> VALUE_TYPES = List.of(
            CharSequence.class,
            Number.class,
            Boolean.class,
            Character.class,
            Enum.class,
            Collection.class,
            Map.class,
            Map.Entry.class,
            Iterator.class,
            Optional.class,
            TemporalAccessor.class,
            java.time.ZoneId.class,
            java.util.Locale.class);
    /** The helpers the host puts in every template's context, as Jira allowlists its own. */
    private static final Set<Class<?>> HOST_HELPERS = Set.of(Html.class);

    private static final Set<String> NEVER = Set.of("getClass", "wait", "notify", "notifyAll", "getDeclaringClass");

    private final Set<String> methods;
    private final List<String> trustedPackages;

    private VelocityAllowlist(Set<String> methods, List<String> trustedPackages) {
        this.methods = Set.copyOf(methods);
        this.trustedPackages = List.copyOf(trustedPackages);
    }

    /**
     * @param methods entries as written in {@code <velocity-allowlist><method>…</method>}
     * @param trustedPackages package prefixes (ending in a dot) whose classes the host itself vouches for
     */
    public static VelocityAllowlist of(Collection<String> methods, Collection<String> trustedPackages) {
        Set<String> normalised = methods.stream()
                .map(m -> m.replaceAll("\\s", ""))
                .filter(m -> !m.isEmpty())
                .collect(Collectors.toSet());
        return new VelocityAllowlist(normalised, List.copyOf(trustedPackages));
    }

    public static VelocityAllowlist valueTypesOnly() {
        return of(Set.of(), Set.of());
    }

    /** A copy that also allows these entries (e.g. another plugin's allowlist module). */
    public VelocityAllowlist with(Collection<String> moreMethods) {
        Set<String> all = new HashSet<>(methods);
        moreMethods.forEach(m -> all.add(m.replaceAll("\\s", "")));
        return new VelocityAllowlist(all, trustedPackages);
    }

    public boolean allows(Class<?> target, Method method) {
        if (NEVER.contains(method.getName())) {
            return false;
        }
        if (HOST_HELPERS.contains(target) || VALUE_TYPES.stream().anyMatch(t -> t.isAssignableFrom(target))) {
            return true;
        }
        String name = target.getName();
        if (trustedPackages.stream().anyMatch(name::startsWith)) {
            return true;
        }
        String signature = "#" + method.getName() + "("
                + Arrays.stream(method.getParameterTypes())
                        .map(Class::getTypeName)
                        .collect(Collectors.joining(","))
                + ")";
        return typesOf(target).stream().anyMatch(type -> methods.contains(type.getName() + signature));
    }

    /** The class, its superclasses and every interface they implement. */
    private static Set<Class<?>> typesOf(Class<?> type) {
        Set<Class<?>> seen = new HashSet<>();
        Deque<Class<?>> todo = new ArrayDeque<>();
        todo.add(type);
        while (!todo.isEmpty()) {
            Class<?> next = todo.pop();
            if (seen.add(next)) {
                if (next.getSuperclass() != null) {
                    todo.add(next.getSuperclass());
                }
                todo.addAll(Arrays.asList(next.getInterfaces()));
            }
        }
        return seen;
    }
}
