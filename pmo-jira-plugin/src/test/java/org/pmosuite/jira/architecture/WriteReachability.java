package org.pmosuite.jira.architecture;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.tngtech.archunit.core.domain.AccessTarget;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaConstructor;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.lang.syntax.ArchRuleDefinition;

/**
 * Whether a method can reach a {@link StateChangingCalls state-changing call}: a walk of the call graph through the
 * app's own classes (those under {@code org.pmosuite} that were imported).
 *
 * <ul>
 *     <li>A call to an interface or an overridable method, the app's or a host's, goes to every implementation among
 *     the imported classes: a core port reaches each of its adapters.</li>
 *     <li>Lambdas and method references are followed: ArchUnit reports the calls a lambda's body makes as calls of
 *     the method that declares the lambda (it imports no synthetic {@code lambda$} methods), and a method reference
 *     as a reference to its target.</li>
 *     <li>Creating an object of one of the app's classes also reaches the methods it overrides from a host or JDK
 *     type, since the host calls those back (a {@code StreamingOutput}, an AO {@code Transaction}).</li>
 * </ul>
 *
 * A violation names the path, each step as {@code Class#method(line of the next call)}; a step through an interface
 * names the interface's method too ({@code Port#method as Adapter#method(line)}).
 */
public final class WriteReachability {

    private final StateChangingCalls writes;

    public WriteReachability(StateChangingCalls writes) {
        this.writes = writes;
    }

    /** The condition "reach no state-changing call", for an ArchUnit rule over code units. */
    /**
     * Reads must be safe to repeat, prefetch and link to: no read of the app ({@link ReadEntryPoints}) reaches a call
     * of {@link StateChangingCalls#ALL}. A GET that writes is open to cross-site request forgery.
     */
    public static ArchRule noReadChangesStoredState() {
        return ArchRuleDefinition.codeUnits().that(ReadEntryPoints.answeringReads())
                .should(new WriteReachability(StateChangingCalls.ALL).reachNoStateChange())
                .because("a GET, an issue view or a dashboard must never change stored state");
    }

    public ArchCondition<JavaCodeUnit> reachNoStateChange() {
        return new ArchCondition<>("reach no call that changes stored state") {
            @Override
            public void check(JavaCodeUnit entry, ConditionEvents events) {
                for (String path : pathsToWrites(entry)) {
                    events.add(SimpleConditionEvent.violated(entry, "A read changes stored state: " + path));
                }
            }
        };
    }

    /** The shortest path to each state-changing call the entry point reaches. */
    public List<String> pathsToWrites(JavaCodeUnit entry) {
        Map<JavaCodeUnit, Step> steps = new HashMap<>();
        steps.put(entry, new Step(null, 0, null));
        Deque<JavaCodeUnit> queue = new ArrayDeque<>(List.of(entry));
        Set<String> found = new LinkedHashSet<>();
        while (!queue.isEmpty()) {
            JavaCodeUnit unit = queue.removeFirst();
            for (JavaAccess<?> access : accesses(unit)) {
                AccessTarget.CodeUnitAccessTarget target = (AccessTarget.CodeUnitAccessTarget) access.getTarget();
                if (writes.changesState(target)) {
                    found.add(path(steps, unit, access.getLineNumber()) + " -> " + target.getFullName());
                    continue;
                }
                for (JavaCodeUnit next : implementations(target)) {
                    if (!steps.containsKey(next)) {
                        String via = next.getOwner().equals(target.getOwner()) ? null : name(target);
                        steps.put(next, new Step(unit, access.getLineNumber(), via));
                        queue.addLast(next);
                    }
                }
            }
        }
        return List.copyOf(found);
    }

    private static List<JavaAccess<?>> accesses(JavaCodeUnit unit) {
        List<JavaAccess<?>> accesses = new ArrayList<>(unit.getCallsFromSelf());
        accesses.addAll(unit.getCodeUnitReferencesFromSelf());
        accesses.sort((a, b) -> Integer.compare(a.getLineNumber(), b.getLineNumber()));
        return accesses;
    }

    /** The app's code a call can run: the member it names, each override of it, and callbacks of a new object. */
    private static Set<JavaCodeUnit> implementations(AccessTarget.CodeUnitAccessTarget target) {
        Set<JavaCodeUnit> units = new LinkedHashSet<>();
        Optional<? extends JavaMember> declared = target.resolveMember();
        declared.filter(JavaCodeUnit.class::isInstance).map(JavaCodeUnit.class::cast).ifPresent(units::add);
        boolean virtual = !target.getName().equals(JavaConstructor.CONSTRUCTOR_NAME) && declared
                .map(member -> !member.getModifiers().contains(JavaModifier.STATIC)
                        && !member.getModifiers().contains(JavaModifier.PRIVATE))
                .orElse(true);
        if (virtual) {
            for (JavaClass type : target.getOwner().getAllSubclasses()) {
                type.tryGetCodeUnitWithParameterTypeNames(target.getName(), parameterNames(target))
                        .filter(unit -> unit.getOwner().equals(type))
                        .ifPresent(units::add);
            }
        }
        if (target.getName().equals(JavaConstructor.CONSTRUCTOR_NAME) && isApp(target.getOwner())) {
            units.addAll(callbacks(target.getOwner()));
        }
        units.removeIf(unit -> !isApp(unit.getOwner()));
        return units;
    }

    /** The methods of an app class that override a method of a host or JDK type. */
    private static List<JavaCodeUnit> callbacks(JavaClass type) {
        List<JavaClass> supertypes = new ArrayList<>(type.getAllRawSuperclasses());
        supertypes.addAll(type.getAllRawInterfaces());
        supertypes.removeIf(WriteReachability::isApp);
        List<JavaCodeUnit> callbacks = new ArrayList<>();
        for (JavaCodeUnit unit : type.getMethods()) {
            List<String> parameters = unit.getRawParameterTypes().stream().map(JavaClass::getName).toList();
            if (!unit.getModifiers().contains(JavaModifier.STATIC) && supertypes.stream().anyMatch(
                    supertype -> supertype.tryGetMethod(unit.getName(), parameters.toArray(String[]::new))
                            .isPresent())) {
                callbacks.add(unit);
            }
        }
        return callbacks;
    }

    private static List<String> parameterNames(AccessTarget.CodeUnitAccessTarget target) {
        return target.getRawParameterTypes().stream().map(JavaClass::getName).toList();
    }

    private static boolean isApp(JavaClass type) {
        return type.getPackageName().startsWith("org.pmosuite");
    }

    private static String path(Map<JavaCodeUnit, Step> steps, JavaCodeUnit last, int line) {
        List<String> names = new ArrayList<>();
        JavaCodeUnit unit = last;
        int lineInUnit = line;
        while (unit != null) {
            Step step = steps.get(unit);
            names.add(0, (step.via() == null ? "" : step.via() + " as ") + name(unit) + "(" + lineInUnit + ")");
            lineInUnit = step.line();
            unit = step.caller();
        }
        return String.join(" -> ", names);
    }

    private static String name(JavaCodeUnit unit) {
        return name(unit.getOwner()) + "#" + unit.getName();
    }

    private static String name(AccessTarget.CodeUnitAccessTarget target) {
        return name(target.getOwner()) + "#" + target.getName();
    }

    private static String name(JavaClass type) {
        return type.getName().substring(type.getPackageName().length() + 1);
    }

    /** How a code unit was first reached: from which caller, at which line, through which interface method. */
    private record Step(JavaCodeUnit caller, int line, String via) {
    }
}
