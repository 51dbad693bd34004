package org.pmosuite.jira.architecture;

import static org.objectweb.asm.Opcodes.ACC_ABSTRACT;
import static org.objectweb.asm.Opcodes.ACC_PROTECTED;
import static org.objectweb.asm.Opcodes.ACC_PUBLIC;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.FieldNode;
import org.objectweb.asm.tree.InnerClassNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * The analysed classes as {@link QueryTaintAnalysis} needs them: their methods by key ({@code owner.name+desc}),
 * supertypes and subtypes, which fields the code assigns, and what a call may run.
 */
final class AppHierarchy {

    private final Map<String, ClassNode> classes = new TreeMap<>();
    private final Map<String, Set<String>> supertypes = new HashMap<>();
    private final Map<String, Set<String>> subtypes = new HashMap<>();
    private final Map<String, MethodNode> methods = new TreeMap<>();
    private final Map<String, ClassNode> methodOwners = new HashMap<>();
    private final Set<String> assignedFields = new HashSet<>();
    private final Map<String, List<String>> resolved = new HashMap<>();

    AppHierarchy(Collection<ClassNode> classNodes) {
        classNodes.forEach(node -> classes.put(node.name, node));
        for (ClassNode node : classes.values()) {
            for (String supertype : supertypesOf(node.name)) {
                subtypes.computeIfAbsent(supertype, s -> new TreeSet<>()).add(node.name);
            }
            for (MethodNode method : node.methods) {
                methods.put(key(node.name, method.name, method.desc), method);
                methodOwners.put(key(node.name, method.name, method.desc), node);
            }
        }
        scanAssignments();
    }

    /** Whether the type is one of the analysed classes. */
    boolean isApp(String type) {
        return classes.containsKey(type);
    }

    /** An analysed class, or null. */
    ClassNode type(String name) {
        return classes.get(name);
    }

    /** The keys of every analysed method, in order. */
    Set<String> methodKeys() {
        return methods.keySet();
    }

    MethodNode method(String methodKey) {
        return methods.get(methodKey);
    }

    ClassNode owner(String methodKey) {
        return methodOwners.get(methodKey);
    }

    /** Whether the analysed code assigns the field ({@code Owner.name}) anywhere, or gives it a constant value. */
    boolean isAssigned(String field) {
        return assignedFields.contains(field);
    }

    Set<String> supertypesOf(String type) {
        Set<String> known = supertypes.get(type);
        if (known != null) {
            return known;
        }
        Set<String> all = new LinkedHashSet<>();
        ClassNode node = classes.get(type);
        if (node != null) {
            List<String> direct = new ArrayList<>(node.interfaces);
            if (node.superName != null) {
                direct.add(node.superName);
            }
            for (String supertype : direct) {
                all.add(supertype);
                all.addAll(supertypesOf(supertype));
            }
        }
        supertypes.put(type, all);
        return all;
    }

    boolean isSubtype(String type, String of) {
        return type.equals(of) || supertypesOf(type).contains(of);
    }


    private void scanAssignments() {
        for (ClassNode node : classes.values()) {
            for (FieldNode field : node.fields) {
                if (field.value != null) {
                    assignedFields.add(node.name + "." + field.name);
                }
            }
            for (MethodNode method : node.methods) {
                for (AbstractInsnNode insn : method.instructions) {
                    if (insn instanceof FieldInsnNode field && (field.getOpcode() == Opcodes.PUTFIELD
                            || field.getOpcode() == Opcodes.PUTSTATIC)) {
                        assignedFields.add(declaringClass(field.owner, field.name) + "." + field.name);
                    }
                }
            }
        }
    }


    /** The app's methods a call may run: the one it names or inherits, and every override in a subtype. */
    List<String> targets(String owner, String name, String desc, int opcode) {
        return resolved.computeIfAbsent(key(owner, name, desc) + opcode, k -> {
            Set<String> found = new LinkedHashSet<>();
            if (!classes.containsKey(owner)) {
                return List.of();
            }
            String inherited = declared(owner, name, desc);
            if (inherited != null) {
                found.add(inherited);
            }
            if (opcode == Opcodes.INVOKEVIRTUAL || opcode == Opcodes.INVOKEINTERFACE) {
                for (String subtype : subtypes.getOrDefault(owner, Set.of())) {
                    String key = key(subtype, name, desc);
                    if (methods.containsKey(key)) {
                        found.add(key);
                    }
                }
            }
            found.removeIf(key -> (methods.get(key).access & ACC_ABSTRACT) != 0);
            return List.copyOf(found);
        });
    }

    /** The method a type declares or inherits from the app's own supertypes; null when it is the JDK's or a host's. */
    private String declared(String owner, String name, String desc) {
        for (String type = owner; type != null && classes.containsKey(type); type = classes.get(type).superName) {
            if (methods.containsKey(key(type, name, desc))) {
                return key(type, name, desc);
            }
        }
        for (String supertype : supertypesOf(owner)) {
            MethodNode method = methods.get(key(supertype, name, desc));
            if (method != null && (method.access & ACC_ABSTRACT) == 0) {
                return key(supertype, name, desc);
            }
        }
        return null;
    }

    /** The first JDK or host type above an app type: the owner of a method the app does not declare. */
    String hostOwner(String owner) {
        String type = owner;
        while (classes.containsKey(type) && classes.get(type).superName != null) {
            type = classes.get(type).superName;
        }
        return type;
    }

    String declaringClass(String owner, String field) {
        for (String type = owner; type != null && classes.containsKey(type); type = classes.get(type).superName) {
            if (classes.get(type).fields.stream().anyMatch(f -> f.name.equals(field))) {
                return type;
            }
        }
        return owner;
    }


    boolean isPublicApi(ClassNode node) {
        if ((node.access & ACC_PUBLIC) == 0) {
            return false;
        }
        for (InnerClassNode inner : node.innerClasses) {
            if (inner.name.equals(node.name)) {
                return inner.outerName != null && (inner.access & (ACC_PUBLIC | ACC_PROTECTED)) != 0
                        && classes.containsKey(inner.outerName) && isPublicApi(classes.get(inner.outerName));
            }
        }
        return true;
    }


    /**
     * Whether the text of an enum value of this type is its constant's name: an app enum that does not override
     * {@code toString}, or {@code java.lang.Enum} when no app enum does.
     */
    boolean isEnumWithItsOwnNames(Type type) {
        String name = type.getSort() == Type.OBJECT ? type.getInternalName() : "";
        ClassNode node = classes.get(name);
        if (!name.equals("java/lang/Enum") && (node == null || !"java/lang/Enum".equals(node.superName))) {
            return false;
        }
        Set<String> types = new HashSet<>(subtypes.getOrDefault(name, Set.of()));
        types.add(name);
        return types.stream().noneMatch(t -> methods.containsKey(key(t, "toString", "()Ljava/lang/String;")));
    }


    static String key(String owner, String name, String desc) {
        return owner + "." + name + desc;
    }


    private static String simple(String internalName) {
        return internalName.substring(internalName.lastIndexOf('/') + 1);
    }


    String describe(String methodKey) {
        MethodNode method = methods.get(methodKey);
        return simple(methodOwners.get(methodKey).name) + "#" + method.name;
    }
}
