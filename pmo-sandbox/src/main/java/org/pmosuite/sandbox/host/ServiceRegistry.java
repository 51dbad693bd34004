package org.pmosuite.sandbox.host;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The instances the sandbox provides to the app, by the type the app asks for: the core ports and the platform
 * services. Servlets are built from it the way the plugin system builds them, through their one public constructor.
 */
public final class ServiceRegistry {

    private final Map<Class<?>, Object> services = new LinkedHashMap<>();

    public <T> ServiceRegistry register(Class<T> type, T instance) {
        if (services.putIfAbsent(type, type.cast(instance)) != null) {
            throw new IllegalStateException(type.getName() + " is registered twice");
        }
        return this;
    }

    public Map<Class<?>, Object> services() {
        return Collections.unmodifiableMap(services);
    }

    /**
     * @throws IllegalStateException when the class has not exactly one public constructor, or asks for a type the
     *                               sandbox does not provide
     */
    public <T> T instantiate(Class<T> type) {
        Constructor<?>[] constructors = type.getConstructors();
        if (constructors.length != 1) {
            throw new IllegalStateException(type.getName() + " needs exactly one public constructor, has "
                    + constructors.length);
        }
        Constructor<?> constructor = constructors[0];
        Object[] arguments = Arrays.stream(constructor.getParameterTypes()).map(parameter -> resolve(type, parameter))
                .toArray();
        try {
            return type.cast(constructor.newInstance(arguments));
        } catch (InstantiationException | IllegalAccessException e) {
            throw new IllegalStateException("Could not construct " + type.getName(), e);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("The constructor of " + type.getName() + " failed", e.getCause());
        }
    }

    private Object resolve(Class<?> owner, Class<?> parameter) {
        Object exact = services.get(parameter);
        if (exact != null) {
            return exact;
        }
        List<Object> candidates = services.values().stream().filter(parameter::isInstance).toList();
        if (candidates.size() != 1) {
            throw new IllegalStateException(owner.getName() + " asks for " + parameter.getName() + ", which the "
                    + "sandbox " + (candidates.isEmpty() ? "does not provide" : "provides more than once")
                    + ". Provided: " + services.keySet().stream().map(Class::getSimpleName).toList());
        }
        return candidates.get(0);
    }
}
