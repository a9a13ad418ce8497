package io.serviceculture.standalone.velocity;

import java.lang.reflect.Method;
import java.util.Locale;
import java.util.Map;
import org.apache.velocity.runtime.RuntimeServices;
import org.apache.velocity.util.RuntimeServicesAware;
import org.apache.velocity.util.introspection.Info;
import org.apache.velocity.util.introspection.UberspectImpl;
import org.apache.velocity.util.introspection.VelMethod;
import org.apache.velocity.util.introspection.VelPropertyGet;
import org.apache.velocity.util.introspection.VelPropertySet;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Velocity 1.7's introspection hook, refusing every method the {@link VelocityAllowlist} does not allow, whether
 * called as {@code $x.method()} or reached as a property {@code $x.name}. A refused call renders as the literal
 * reference and is logged, as Jira 10 does.
 */
public final class AllowlistUberspect extends UberspectImpl implements RuntimeServicesAware {
    /** The application attribute of the engine holding its {@link VelocityAllowlist}. */
    public static final String ALLOWLIST = AllowlistUberspect.class.getName() + ".allowlist";

    private static final Logger LOG = LoggerFactory.getLogger(AllowlistUberspect.class);

    private VelocityAllowlist allowlist = VelocityAllowlist.valueTypesOnly();

    @Override
    public void setRuntimeServices(RuntimeServices services) {
        Object configured = services.getApplicationAttribute(ALLOWLIST);
        if (configured instanceof VelocityAllowlist) {
            allowlist = (VelocityAllowlist) configured;
        }
    }

    @Override
    public @Nullable VelMethod getMethod(@Nullable Object target, String name, Object[] args, Info info)
            throws Exception {
        if (target == null) {
            return null;
        }
        Method method = introspector.getMethod(target.getClass(), name, args);
        if (method != null && !allowed(target, method, info)) {
            return null;
        }
        return super.getMethod(target, name, args, info);
    }

    @Override
    public @Nullable VelPropertyGet getPropertyGet(@Nullable Object target, String identifier, Info info)
            throws Exception {
        if (target == null) {
            return null;
        }
        if (!(target instanceof Map)) {
            Method getter = getter(target.getClass(), identifier);
            if (getter != null && !allowed(target, getter, info)) {
                return null;
            }
        }
        return super.getPropertyGet(target, identifier, info);
    }

    @Override
    public @Nullable VelPropertySet getPropertySet(@Nullable Object target, String identifier, Object arg, Info info)
            throws Exception {
        // templates may fill maps they were given, never set properties on application objects
        return target instanceof Map ? super.getPropertySet(target, identifier, arg, info) : null;
    }

    /** The method Velocity's property lookup would call: getFoo(), getfoo(), get("foo"), then isFoo(). */
    private @Nullable Method getter(Class<?> type, String identifier) {
        if (identifier.isEmpty()) {
            return null;
        }
        String capitalised = identifier.substring(0, 1).toUpperCase(Locale.ROOT) + identifier.substring(1);
        Object[] none = new Object[0];
        Method m = introspector.getMethod(type, "get" + capitalised, none);
        if (m == null) {
            m = introspector.getMethod(type, "get" + identifier, none);
        }
        if (m == null) {
            m = introspector.getMethod(type, "get", new Object[] {identifier});
        }
        if (m == null) {
            m = introspector.getMethod(type, "is" + capitalised, none);
        }
        return m;
    }

    private boolean allowed(Object target, Method method, Info info) {
        if (allowlist.allows(target.getClass(), method)) {
            return true;
        }
        LOG.warn(
                "Blocked a call to {}#{} in {} line {}: not in a velocity-allowlist",
                target.getClass().getName(),
                method.getName(),
                info.getTemplateName(),
                info.getLine());
        return false;
    }
}
