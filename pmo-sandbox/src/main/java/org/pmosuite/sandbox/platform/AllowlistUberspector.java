package org.pmosuite.sandbox.platform;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.velocity.runtime.RuntimeServices;
import org.apache.velocity.util.introspection.Info;
import org.apache.velocity.util.introspection.UberspectImpl;
import org.apache.velocity.util.introspection.VelMethod;
import org.apache.velocity.util.introspection.VelPropertyGet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Velocity introspection that refuses, loudly, every method call and property read the allowlist does not allow:
 * Jira would silently render nothing, so the sandbox makes the missing allowlist entry impossible to miss.
 */
public final class AllowlistUberspector extends UberspectImpl {

    /** The application attribute under which the renderer hands over the allowlist. */
    static final String ALLOWLIST_ATTRIBUTE = VelocityAllowlist.class.getName();

    private static final Logger LOG = LoggerFactory.getLogger(AllowlistUberspector.class);

    private VelocityAllowlist allowlist;

    @Override
    public void setRuntimeServices(RuntimeServices runtimeServices) {
        super.setRuntimeServices(runtimeServices);
        allowlist = (VelocityAllowlist) runtimeServices.getApplicationAttribute(ALLOWLIST_ATTRIBUTE);
        if (allowlist == null) {
            throw new IllegalStateException("No Velocity allowlist was configured");
        }
    }

    @Override
    public VelMethod getMethod(Object target, String methodName, Object[] args, Info info) {
        VelMethod method = super.getMethod(target, methodName, args, info);
        if (method != null && method.getMethod() != null) {
            check(target, methodName, Arrays.asList(method.getMethod().getParameterTypes()), info);
        }
        return method;
    }

    @Override
    public VelPropertyGet getPropertyGet(Object target, String identifier, Info info) {
        VelPropertyGet getter = super.getPropertyGet(target, identifier, info);
        if (getter != null && getter.getMethodName() != null) {
            String name = getter.getMethodName();
            check(target, name, name.equals("get") ? List.of(Object.class) : List.of(), info);
        }
        return getter;
    }

    private void check(Object target, String method, List<Class<?>> parameterTypes, Info info) {
        if (target == null || allowlist.allows(target.getClass(), method, parameterTypes)) {
            return;
        }
        String signature = target.getClass().getName() + "#" + method + "("
                + parameterTypes.stream().map(Class::getName).collect(Collectors.joining(", ")) + ")";
        String message = "Velocity allowlist: " + signature + " is not allowed (" + info + "). Add <method>"
                + signature + "</method> to the velocity-allowlist module, or pass the template simpler data.";
        LOG.error(message);
        throw new VelocityAllowlistViolation(message);
    }
}
