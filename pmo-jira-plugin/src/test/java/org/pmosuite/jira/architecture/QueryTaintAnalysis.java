package org.pmosuite.jira.architecture;

import static org.objectweb.asm.Opcodes.ACC_PRIVATE;
import static org.objectweb.asm.Opcodes.ACC_PROTECTED;
import static org.objectweb.asm.Opcodes.ACC_PUBLIC;
import static org.objectweb.asm.Opcodes.ACC_STATIC;
import static org.objectweb.asm.Opcodes.ACC_SYNTHETIC;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.objectweb.asm.ConstantDynamic;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.InvokeDynamicInsnNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.LineNumberNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.TryCatchBlockNode;
import org.objectweb.asm.tree.TypeInsnNode;
import org.objectweb.asm.tree.analysis.Analyzer;
import org.objectweb.asm.tree.analysis.AnalyzerException;
import org.objectweb.asm.tree.analysis.Frame;
import org.objectweb.asm.tree.analysis.Interpreter;
import org.objectweb.asm.tree.analysis.Value;

/**
 * Every query the app sends is built from constants only: a taint analysis of the app's bytecode.
 *
 * <p>Text is CONSTANT when it comes from a literal, a concatenation or a {@code StringBuilder} (kept in a local and
 * appended to over several statements and in loops), a collection or an array of constant parts, a JDK text
 * function ({@code String.join/format/valueOf/repeat}, ...) of constant parts, a merge of constant branches, a field
 * whose every assignment is constant, or a call of the app's own code whose every return is constant (a summary per
 * method, which may say "constant when these arguments are", found by fixed point; lambdas and method references
 * included). Numbers and booleans are no injection risk, nor is the name of an enum constant, so they count as
 * constant where they are turned into text. Everything else is tainted: a parameter the app's own callers do not
 * vouch for, a field assigned anything else, the result of a host or JDK call that is no text function.
 *
 * <p>A method that passes its parameter on to a query is checked at each of its call sites instead, and at its own
 * when it can be called from outside the analysed code (it is public in a public class, or overrides a host type's
 * method). The result of a {@link QuerySinks#JQL_ESCAPERS JQL escaping helper} is safe in JQL only.
 *
 * <p>Precision: fields are one value per field (every object of a class alike); a builder or collection is one
 * value per place it is created, with everything ever added to it, wherever in the method that happens; a map's
 * keys and values are one content; a lambda's own parameters are tainted. A call goes to every implementation in
 * the analysed classes.
 */
public final class QueryTaintAnalysis {

    /** JDK types whose methods only combine what they are given: text, numbers, collections, streams. */
    private static final Set<String> TEXT_FUNCTIONS = Set.of("java/lang/String", "java/lang/StringBuilder",
            "java/lang/StringBuffer", "java/lang/AbstractStringBuilder", "java/lang/CharSequence",
            "java/util/StringJoiner", "java/lang/Integer", "java/lang/Long", "java/lang/Short", "java/lang/Byte",
            "java/lang/Double", "java/lang/Float", "java/lang/Boolean", "java/lang/Character", "java/lang/Number",
            "java/lang/Math", "java/lang/Class", "java/lang/Iterable", "java/util/Objects", "java/util/Optional",
            "java/util/OptionalInt", "java/util/OptionalLong", "java/util/Collections", "java/util/Arrays",
            "java/util/Collection", "java/util/List", "java/util/ArrayList", "java/util/LinkedList",
            "java/util/Set", "java/util/HashSet", "java/util/LinkedHashSet", "java/util/SortedSet",
            "java/util/NavigableSet", "java/util/TreeSet", "java/util/EnumSet", "java/util/Map",
            "java/util/Map$Entry", "java/util/HashMap", "java/util/LinkedHashMap", "java/util/SortedMap",
            "java/util/NavigableMap", "java/util/TreeMap", "java/util/EnumMap", "java/util/Queue",
            "java/util/Deque", "java/util/ArrayDeque", "java/util/Iterator", "java/util/ListIterator",
            "java/util/Comparator", "java/util/stream/Stream", "java/util/stream/IntStream",
            "java/util/stream/LongStream", "java/util/stream/Collectors", "java/util/stream/Collector");
    /** Methods of those types that add their arguments to the object they are called on. */
    private static final Set<String> ADDING = Set.of("<init>", "add", "addAll", "addFirst", "addLast", "append",
            "insert", "set", "put", "putAll", "putIfAbsent", "offer", "offerFirst", "offerLast", "push", "replace",
            "replaceAll", "merge", "compute", "computeIfAbsent", "computeIfPresent", "setCharAt");
    private static final Set<String> NUMBERS = Set.of("java/lang/Boolean", "java/lang/Byte", "java/lang/Short",
            "java/lang/Integer", "java/lang/Long", "java/lang/Float", "java/lang/Double", "java/math/BigInteger",
            "java/math/BigDecimal");
    /** Immutable types: a value of one is never added to, so it needs no identity. */
    private static final Set<String> IMMUTABLE = Set.of("java/lang/String", "java/lang/Class");

    private final AppHierarchy hierarchy;

    private final List<QuerySinks.Sink> sinks;
    private final Set<String> escapers;
    private final Map<String, String> allowed;

    private final Map<String, Summary> summaries = new HashMap<>();
    private final Map<String, Taint> fieldTaints = new HashMap<>();
    private final Map<String, String> violations = new TreeMap<>();
    private final Set<String> allowancesUsed = new TreeSet<>();
    private boolean changed;

    public QueryTaintAnalysis(Collection<ClassNode> classNodes, List<QuerySinks.Sink> sinks, Set<String> escapers,
            Map<String, String> allowed) {
        this.sinks = List.copyOf(sinks);
        this.escapers = Set.copyOf(escapers);
        this.allowed = Map.copyOf(allowed);
        this.hierarchy = new AppHierarchy(classNodes);
        solve();
    }

    /** The analysis with the app's sinks, JQL escaping helpers and allowlist. */
    public static QueryTaintAnalysis of(Collection<ClassNode> classNodes) {
        return new QueryTaintAnalysis(classNodes, QuerySinks.SINKS, QuerySinks.JQL_ESCAPERS, QuerySinks.ALLOWED);
    }

    /** Each query built from something not constant: where, through which calls, and from what. */
    public List<String> violations() {
        return List.copyOf(violations.values());
    }

    /** Allowlist entries of the analysed classes that allowed nothing: stale, to be removed. */
    public Set<String> unusedAllowances() {
        Set<String> unused = new TreeSet<>();
        for (String entry : allowed.keySet()) {
            String type = entry.substring(0, entry.indexOf('#')).replace('.', '/');
            if (hierarchy.isApp(type) && !allowancesUsed.contains(entry)) {
                unused.add(entry);
            }
        }
        return unused;
    }

    /** Escaping helpers that are not among the analysed methods: renamed or gone. */
    public Set<String> missingEscapers() {
        Set<String> missing = new TreeSet<>(escapers);
        for (String method : hierarchy.methodKeys()) {
            missing.remove(dotted(hierarchy.owner(method).name) + "#" + hierarchy.method(method).name);
        }
        return missing;
    }

    // ---------------------------------------------------------------------------------------------------------------
    // The fixed point over every method.

    private void solve() {
        for (int round = 0; ; round++) {
            if (round > 100) {
                throw new IllegalStateException("The query analysis found no fixed point");
            }
            changed = false;
            violations.clear();
            allowancesUsed.clear();
            for (String method : hierarchy.methodKeys()) {
                if (hierarchy.method(method).instructions.size() > 0) {
                    analyse(hierarchy.owner(method), hierarchy.method(method));
                }
            }
            if (!changed) {
                return;
            }
        }
    }

    private void analyse(ClassNode owner, MethodNode method) {
        String key = AppHierarchy.key(owner.name, method.name, method.desc);
        MethodRun run = new MethodRun(owner, method);
        for (int pass = 0; pass < 50; pass++) {
            run.start();
            try {
                new Analyzer<>(run).analyze(owner.name, method);
            } catch (AnalyzerException e) {
                throw new IllegalStateException("Could not analyse " + key, e);
            }
            if (!run.contentsChanged) {
                break;
            }
        }
        Summary previous = summaries.get(key);
        if (previous == null || !previous.sameAs(run.summary)) {
            changed = true;
        }
        summaries.put(key, run.summary);
        violations.putAll(run.violations);
    }

    private void growField(String field, Taint taint) {
        Taint current = fieldTaint(field);
        Taint grown = current.join(taint);
        if (!grown.sameAs(current)) {
            fieldTaints.put(field, grown);
            changed = true;
        }
    }

    private Taint fieldTaint(String field) {
        Taint taint = fieldTaints.get(field);
        if (taint != null) {
            return taint;
        }
        return hierarchy.isAssigned(field) ? Taint.SAFE
                : Taint.tainted("field " + field + ", which the analysed code never assigns");
    }

    // ---------------------------------------------------------------------------------------------------------------
    // The class hierarchy, calls and assignments.

    /**
     * Whether code outside the analysed classes (the host, a framework) may call the method, with arguments nobody
     * here vouches for: a public or protected method of a public class, or one that overrides a host type's method.
     * Any other method is called from the analysed code only, where each call is checked.
     */
    private boolean callableFromOutside(ClassNode owner, MethodNode method) {
        if (method.name.equals("<clinit>") || isLambdaBody(method) || implementsSink(owner, method)) {
            return false;
        }
        if (hierarchy.isPublicApi(owner) && (method.access & (ACC_PUBLIC | ACC_PROTECTED)) != 0) {
            return true;
        }
        return !method.name.equals("<init>") && (method.access & (ACC_STATIC | ACC_PRIVATE)) == 0
                && hierarchy.supertypesOf(owner.name).stream().anyMatch(type -> !hierarchy.isApp(type)
                        && !type.equals("java/lang/Object") && !type.equals("java/lang/Enum")
                        && !type.equals("java/lang/Record"));
    }

    /** A method of an app class that implements a sink (the sandbox's ActiveObjects): its callers are checked. */
    private boolean implementsSink(ClassNode owner, MethodNode method) {
        return sinks.stream().anyMatch(sink -> sink.methods().contains(method.name)
                && hierarchy.isSubtype(owner.name, sink.type()));
    }

    private static boolean isLambdaBody(MethodNode method) {
        return (method.access & ACC_SYNTHETIC) != 0 && method.name.startsWith("lambda$");
    }

    private QuerySinks.Sink sinkFor(String owner, String name) {
        for (QuerySinks.Sink sink : sinks) {
            if (sink.methods().contains(name) && hierarchy.isSubtype(owner, sink.type())) {
                return sink;
            }
        }
        return null;
    }

    private static boolean isNumber(Type type) {
        return switch (type.getSort()) {
            case Type.BOOLEAN, Type.BYTE, Type.SHORT, Type.INT, Type.LONG, Type.FLOAT, Type.DOUBLE -> true;
            case Type.OBJECT -> NUMBERS.contains(type.getInternalName());
            default -> false;
        };
    }

    private static boolean hasIdentity(Type type) {
        return type.getSort() == Type.ARRAY || type.getSort() == Type.OBJECT && !isNumber(type)
                && !IMMUTABLE.contains(type.getInternalName());
    }

    private static int opcode(Handle handle) {
        return switch (handle.getTag()) {
            case Opcodes.H_INVOKESTATIC -> Opcodes.INVOKESTATIC;
            case Opcodes.H_INVOKEINTERFACE -> Opcodes.INVOKEINTERFACE;
            case Opcodes.H_INVOKESPECIAL, Opcodes.H_NEWINVOKESPECIAL -> Opcodes.INVOKESPECIAL;
            default -> Opcodes.INVOKEVIRTUAL;
        };
    }

    private static String dotted(String internalName) {
        return internalName.replace('/', '.');
    }

    // ---------------------------------------------------------------------------------------------------------------
    // The lattice.

    /**
     * What text may be built from: something not constant ({@code tainted}, with the first such source), a JQL
     * literal of an escaping helper ({@code jql}), or these parameters of the method being analysed.
     */
    static final class Taint {
        static final Taint SAFE = new Taint(false, false, 0L, null);
        static final Taint JQL_LITERAL = new Taint(false, true, 0L, null);

        final boolean tainted;
        final boolean jql;
        final long params;
        final String source;

        private Taint(boolean tainted, boolean jql, long params, String source) {
            this.tainted = tainted;
            this.jql = jql;
            this.params = params;
            this.source = source;
        }

        static Taint tainted(String source) {
            return new Taint(true, false, 0L, source);
        }

        static Taint parameter(int index) {
            return new Taint(false, false, 1L << index, null);
        }

        static Taint parameters(long params) {
            return params == 0 ? SAFE : new Taint(false, false, params, null);
        }

        Taint join(Taint other) {
            if (other == null || covers(other)) {
                return this;
            }
            if (other.covers(this)) {
                return other;
            }
            return new Taint(tainted || other.tainted, jql || other.jql, params | other.params,
                    source != null ? source : other.source);
        }

        Taint withoutParameters() {
            return params == 0 ? this : new Taint(tainted, jql, 0L, source);
        }

        boolean covers(Taint other) {
            return (tainted || !other.tainted) && (jql || !other.jql) && (params | other.params) == params;
        }

        boolean sameAs(Taint other) {
            return covers(other) && other.covers(this);
        }

        boolean unsafeIn(QuerySinks.Language language) {
            return tainted || jql && language == QuerySinks.Language.SQL;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Taint taint && sameAs(taint);
        }

        @Override
        public int hashCode() {
            return Objects.hash(tainted, jql, params);
        }
    }

    /** A lambda or method reference: the method it runs and what it captured. */
    private record Function(Handle implementation, List<Taint> captured) {
    }

    /**
     * A value on the stack or in a local: its own taint, and what it may be the same object as (a builder,
     * collection or array created in this method, a field, a parameter), whose content it shares.
     */
    private static final class Val implements Value {
        static final Val EMPTY = new Val(1, Taint.SAFE, Set.of(), Set.of(), 0L, null);

        final int size;
        final Taint taint;
        final Set<Integer> created;
        final Set<String> fields;
        final long params;
        final Function function;

        Val(int size, Taint taint, Set<Integer> created, Set<String> fields, long params, Function function) {
            this.size = size;
            this.taint = taint;
            this.created = created;
            this.fields = fields;
            this.params = params;
            this.function = function;
        }

        static Val of(int size, Taint taint) {
            return new Val(size, taint, Set.of(), Set.of(), 0L, null);
        }

        @Override
        public int getSize() {
            return size;
        }

        boolean covers(Val other) {
            return size == other.size && taint.covers(other.taint) && created.containsAll(other.created)
                    && fields.containsAll(other.fields) && (params | other.params) == params
                    && (other.function == null || other.function.equals(function));
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Val val && covers(val) && val.covers(this);
        }

        @Override
        public int hashCode() {
            return Objects.hash(size, taint, created, fields, params, function);
        }
    }

    /** How a parameter of a method reaches a query: the calls from the method to the sink. */
    private record SinkUse(int param, QuerySinks.Language language, String chain) {
    }

    /** What a method does with text, in terms of its parameters. */
    private static final class Summary {
        Taint returned = Taint.SAFE;
        final Set<String> returnedFields = new TreeSet<>();
        long returnedParams;
        final Map<Integer, Taint> addedToParams = new TreeMap<>();
        final Map<String, Taint> addedToFields = new TreeMap<>();
        final Map<String, SinkUse> sinkUses = new TreeMap<>();

        boolean sameAs(Summary other) {
            return returned.sameAs(other.returned) && returnedFields.equals(other.returnedFields)
                    && returnedParams == other.returnedParams && addedToParams.equals(other.addedToParams)
                    && addedToFields.equals(other.addedToFields) && sinkUses.keySet().equals(other.sinkUses.keySet());
        }
    }

    // ---------------------------------------------------------------------------------------------------------------
    // One method.

    /** The interpreter of one method's instructions: values, what the method's builders hold, and its summary. */
    private final class MethodRun extends Interpreter<Val> {
        private final ClassNode owner;
        private final MethodNode method;
        private final String key;
        private final boolean fromOutside;
        private final Type[] parameterTypes;
        private final String[] parameterNames;
        private final Map<Integer, Integer> parameterOfLocal = new HashMap<>();
        private final Map<Integer, Taint> contents = new HashMap<>();
        private boolean contentsChanged;
        private Summary summary;
        private Map<String, String> violations;

        MethodRun(ClassNode owner, MethodNode method) {
            super(Opcodes.ASM9);
            this.owner = owner;
            this.method = method;
            this.key = AppHierarchy.key(owner.name, method.name, method.desc);
            this.fromOutside = callableFromOutside(owner, method);
            boolean instance = (method.access & ACC_STATIC) == 0;
            List<Type> types = new ArrayList<>();
            if (instance) {
                types.add(Type.getObjectType(owner.name));
            }
            types.addAll(List.of(Type.getArgumentTypes(method.desc)));
            this.parameterTypes = types.toArray(Type[]::new);
            this.parameterNames = new String[parameterTypes.length];
            int local = 0;
            for (int i = 0; i < parameterTypes.length; i++) {
                parameterOfLocal.put(local, i);
                parameterNames[i] = instance && i == 0 ? "this" : "#" + i;
                local += parameterTypes[i].getSize();
            }
            if (method.parameters != null && method.parameters.size() == parameterTypes.length - (instance ? 1 : 0)) {
                for (int i = 0; i < method.parameters.size(); i++) {
                    parameterNames[i + (instance ? 1 : 0)] = method.parameters.get(i).name;
                }
            }
        }

        void start() {
            contentsChanged = false;
            summary = new Summary();
            violations = new TreeMap<>();
        }

        // -- values

        @Override
        public Val newValue(Type type) {
            if (type == null) {
                return Val.EMPTY;
            }
            return type.getSort() == Type.VOID ? null : Val.of(type.getSize(), Taint.SAFE);
        }

        @Override
        public Val newParameterValue(boolean isInstanceMethod, int local, Type type) {
            Integer parameter = parameterOfLocal.get(local);
            if (parameter == null || isNumber(type)) {
                return newValue(type);
            }
            return new Val(type.getSize(), Taint.parameter(parameter), Set.of(), Set.of(),
                    hasIdentity(type) ? 1L << parameter : 0L, null);
        }

        @Override
        public Val newExceptionValue(TryCatchBlockNode tryCatch, Frame<Val> handlerFrame, Type exceptionType) {
            return Val.of(1, Taint.SAFE);
        }

        @Override
        public Val newOperation(AbstractInsnNode insn) {
            switch (insn.getOpcode()) {
                case Opcodes.LCONST_0, Opcodes.LCONST_1, Opcodes.DCONST_0, Opcodes.DCONST_1:
                    return Val.of(2, Taint.SAFE);
                case Opcodes.LDC:
                    Object constant = ((LdcInsnNode) insn).cst;
                    return Val.of(constant instanceof Long || constant instanceof Double ? 2 : 1,
                            constant instanceof ConstantDynamic
                                    ? Taint.tainted("a dynamic constant") : Taint.SAFE);
                case Opcodes.GETSTATIC:
                    return fieldValue((FieldInsnNode) insn);
                case Opcodes.NEW:
                    String type = ((TypeInsnNode) insn).desc;
                    Taint text = TEXT_FUNCTIONS.contains(type) ? Taint.SAFE
                            : Taint.tainted("the text of a " + dotted(type));
                    return created(insn, text);
                default:
                    return Val.of(1, Taint.SAFE);
            }
        }

        @Override
        public Val copyOperation(AbstractInsnNode insn, Val value) {
            return value;
        }

        @Override
        public Val unaryOperation(AbstractInsnNode insn, Val value) {
            switch (insn.getOpcode()) {
                case Opcodes.GETFIELD:
                    return fieldValue((FieldInsnNode) insn);
                case Opcodes.PUTSTATIC:
                    FieldInsnNode field = (FieldInsnNode) insn;
                    addToField(hierarchy.declaringClass(field.owner, field.name) + "." + field.name, content(value));
                    return null;
                case Opcodes.NEWARRAY, Opcodes.ANEWARRAY:
                    return created(insn, Taint.SAFE);
                case Opcodes.CHECKCAST:
                    return value;
                case Opcodes.ARRAYLENGTH, Opcodes.INSTANCEOF:
                    return Val.of(1, Taint.SAFE);
                case Opcodes.I2L, Opcodes.I2D, Opcodes.F2L, Opcodes.F2D, Opcodes.LNEG, Opcodes.DNEG:
                    return Val.of(2, value.taint);
                case Opcodes.L2I, Opcodes.L2F, Opcodes.D2I, Opcodes.D2F, Opcodes.INEG, Opcodes.FNEG, Opcodes.IINC,
                        Opcodes.I2F, Opcodes.F2I, Opcodes.I2B, Opcodes.I2C, Opcodes.I2S:
                    return Val.of(1, value.taint);
                case Opcodes.L2D, Opcodes.D2L:
                    return Val.of(2, value.taint);
                default:
                    return null;
            }
        }

        @Override
        public Val binaryOperation(AbstractInsnNode insn, Val first, Val second) {
            switch (insn.getOpcode()) {
                case Opcodes.AALOAD:
                    return new Val(1, content(first), first.created, first.fields, first.params, null);
                case Opcodes.IALOAD, Opcodes.BALOAD, Opcodes.CALOAD, Opcodes.SALOAD, Opcodes.FALOAD:
                    return Val.of(1, content(first));
                case Opcodes.LALOAD, Opcodes.DALOAD:
                    return Val.of(2, content(first));
                case Opcodes.PUTFIELD:
                    FieldInsnNode field = (FieldInsnNode) insn;
                    addToField(hierarchy.declaringClass(field.owner, field.name) + "." + field.name, content(second));
                    return null;
                case Opcodes.LADD, Opcodes.LSUB, Opcodes.LMUL, Opcodes.LDIV, Opcodes.LREM, Opcodes.LSHL,
                        Opcodes.LSHR, Opcodes.LUSHR, Opcodes.LAND, Opcodes.LOR, Opcodes.LXOR, Opcodes.DADD,
                        Opcodes.DSUB, Opcodes.DMUL, Opcodes.DDIV, Opcodes.DREM:
                    return Val.of(2, first.taint.join(second.taint));
                default:
                    if (insn.getOpcode() >= Opcodes.IF_ICMPEQ && insn.getOpcode() <= Opcodes.IF_ACMPNE) {
                        return null;
                    }
                    return Val.of(1, first.taint.join(second.taint));
            }
        }

        @Override
        public Val ternaryOperation(AbstractInsnNode insn, Val array, Val index, Val value) {
            if (insn.getOpcode() == Opcodes.AASTORE || insn.getOpcode() == Opcodes.CASTORE) {
                addTo(array, content(value));
            }
            return null;
        }

        @Override
        public Val naryOperation(AbstractInsnNode insn, List<? extends Val> values) {
            if (insn instanceof MethodInsnNode call) {
                return call(call, List.copyOf(values));
            }
            if (insn instanceof InvokeDynamicInsnNode indy) {
                return invokeDynamic(indy, List.copyOf(values));
            }
            return created(insn, Taint.SAFE);
        }

        @Override
        public void returnOperation(AbstractInsnNode insn, Val value, Val expected) {
            Type returned = Type.getReturnType(method.desc);
            if (!isNumber(returned)) {
                summary.returned = summary.returned.join(content(value));
                summary.returnedFields.addAll(value.fields);
                summary.returnedParams |= value.params;
            }
        }

        @Override
        public Val merge(Val value, Val other) {
            if (value.covers(other)) {
                return value;
            }
            if (value.size != other.size) {
                return Val.EMPTY;
            }
            Function function = Objects.equals(value.function, other.function) ? value.function
                    : value.function == null && value == Val.EMPTY ? other.function : null;
            Taint taint = value.taint.join(other.taint);
            if (function == null && (value.function != null || other.function != null)) {
                taint = taint.join(Taint.tainted("one of several functions"));
            }
            return new Val(value.size, taint, union(value.created, other.created), union(value.fields, other.fields),
                    value.params | other.params, function);
        }

        // -- contents

        private Val created(AbstractInsnNode insn, Taint taint) {
            return new Val(1, taint, Set.of(method.instructions.indexOf(insn)), Set.of(), 0L, null);
        }

        private Val fieldValue(FieldInsnNode insn) {
            Type type = Type.getType(insn.desc);
            if (isNumber(type)) {
                return Val.of(type.getSize(), Taint.SAFE);
            }
            String field = hierarchy.declaringClass(insn.owner, insn.name) + "." + insn.name;
            if (!hierarchy.isApp(hierarchy.declaringClass(insn.owner, insn.name))) {
                return Val.of(1, Taint.tainted("field " + dotted(field)));
            }
            return new Val(1, Taint.SAFE, Set.of(), Set.of(field), 0L, null);
        }

        /** What the value holds: its own taint, and the content of every object it may be. */
        private Taint content(Val value) {
            Taint taint = value.taint.join(Taint.parameters(value.params));
            for (int site : value.created) {
                taint = taint.join(contents.get(site));
            }
            for (String field : value.fields) {
                taint = taint.join(fieldTaint(field));
            }
            return taint;
        }

        /** Adds text to every object the value may be. */
        private void addTo(Val target, Taint added) {
            if (added.sameAs(Taint.SAFE)) {
                return;
            }
            for (int site : target.created) {
                Taint current = contents.getOrDefault(site, Taint.SAFE);
                Taint grown = current.join(added);
                if (!grown.sameAs(current)) {
                    contents.put(site, grown);
                    contentsChanged = true;
                }
            }
            for (String field : target.fields) {
                addToField(field, added);
            }
            for (int param = 0; param < parameterTypes.length; param++) {
                if ((target.params & (1L << param)) != 0) {
                    summary.addedToParams.merge(param, added, Taint::join);
                }
            }
        }

        private void addToField(String field, Taint added) {
            Taint constantPart = added.withoutParameters();
            if (added.params != 0) {
                summary.addedToFields.merge(field, added, Taint::join);
                if (fromOutside) {
                    constantPart = constantPart.join(Taint.tainted(parameterSource(added.params)));
                }
            }
            growField(field, constantPart);
        }

        private String parameterSource(long params) {
            int param = Long.numberOfTrailingZeros(params);
            return "parameter '" + parameterNames[param] + "' of " + hierarchy.describe(key)
                    + ", which can be called from outside the analysed code";
        }

        // -- calls

        private Val call(MethodInsnNode call, List<Val> args) {
            boolean instance = call.getOpcode() != Opcodes.INVOKESTATIC;
            List<Type> types = types(call.owner, call.desc, instance);
            Type returned = Type.getReturnType(call.desc);
            QuerySinks.Sink sink = sinkFor(call.owner, call.name);
            if (sink != null) {
                String target = dotted(call.owner) + "." + call.name;
                for (int i = 0; i < args.size(); i++) {
                    if (types.get(i).getDescriptor().equals("Ljava/lang/String;") && !(instance && i == 0)) {
                        reach(call, content(args.get(i)), sink.language(), target);
                    }
                }
                return result(call, returned, Taint.tainted("the result of " + target), Set.of(), 0L, List.of());
            }
            if (escapers.contains(dotted(call.owner) + "#" + call.name)) {
                return Val.of(1, Taint.JQL_LITERAL);
            }
            List<String> targets = hierarchy.targets(call.owner, call.name, call.desc, call.getOpcode());
            if (!targets.isEmpty()) {
                return callApp(call, targets, args, types, returned);
            }
            String host = hierarchy.isApp(call.owner) ? hierarchy.hostOwner(call.owner) : call.owner;
            return callHost(call, host, args, types, returned);
        }

        private Val callApp(AbstractInsnNode site, List<String> targets, List<Val> args, List<Type> types,
                Type returned) {
            List<Taint> arguments = contents(args, types);
            Taint result = Taint.SAFE;
            Set<String> fields = new TreeSet<>();
            long params = 0L;
            List<Val> aliases = new ArrayList<>();
            for (String target : targets) {
                Summary callee = summaries.getOrDefault(target, new Summary());
                result = result.join(instantiate(callee.returned, arguments));
                fields.addAll(callee.returnedFields);
                for (int param = 0; param < args.size(); param++) {
                    if ((callee.returnedParams & (1L << param)) != 0) {
                        aliases.add(args.get(param));
                    }
                }
                callee.addedToParams.forEach((param, added) -> {
                    if (param < args.size()) {
                        addTo(args.get(param), instantiate(added, arguments));
                    }
                });
                callee.addedToFields.forEach((field, added) -> addToField(field, instantiate(added, arguments)));
                for (SinkUse use : callee.sinkUses.values()) {
                    Taint argument = use.param() < arguments.size() ? arguments.get(use.param())
                            : Taint.tainted("an argument of " + hierarchy.describe(target));
                    reach(site, argument, use.language(), hierarchy.describe(target) + use.chain());
                }
            }
            for (Val alias : aliases) {
                fields.addAll(alias.fields);
                params |= alias.params;
            }
            return result(site, returned, result, fields, params, aliases);
        }

        private Val callHost(MethodInsnNode call, String hostOwner, List<Val> args, List<Type> types,
                Type returned) {
            boolean instance = call.getOpcode() != Opcodes.INVOKESTATIC;
            String target = dotted(hostOwner.equals("java/lang/Object") ? call.owner : hostOwner) + "." + call.name;
            if (hostOwner.equals("java/lang/Enum") && (call.name.equals("name")
                    || call.name.equals("toString")
                    && hierarchy.isEnumWithItsOwnNames(Type.getObjectType(call.owner)))) {
                return Val.of(1, Taint.SAFE);
            }
            if (!TEXT_FUNCTIONS.contains(hostOwner)) {
                for (int i = instance ? 1 : 0; i < args.size(); i++) {
                    if (hasIdentity(types.get(i))) {
                        addTo(args.get(i), Taint.tainted("what " + target + " adds"));
                    }
                }
                return result(call, returned, Taint.tainted("the result of " + target), Set.of(), 0L, List.of());
            }
            Taint receiver = instance ? content(args.get(0)) : null;
            Taint added = Taint.SAFE;
            Taint others = Taint.SAFE;
            for (int i = instance ? 1 : 0; i < args.size(); i++) {
                if (args.get(i).function == null && !isNumber(types.get(i))) {
                    others = others.join(content(args.get(i)));
                }
            }
            for (int i = instance ? 1 : 0; i < args.size(); i++) {
                Val arg = args.get(i);
                if (arg.function != null) {
                    added = added.join(apply(arg.function, receiver != null ? receiver : others));
                } else if (!isNumber(types.get(i))) {
                    added = added.join(content(arg));
                }
            }
            if (instance && ADDING.contains(call.name)) {
                addTo(args.get(0), added);
            } else if (!instance && call.name.equals("addAll") && !args.isEmpty()) {
                addTo(args.get(0), added);
            } else if (!instance && call.name.equals("arraycopy") && args.size() == 5) {
                addTo(args.get(2), content(args.get(0)));
            }
            Taint result = receiver == null ? added : receiver.join(added);
            List<Val> aliases = instance ? List.of(args.get(0)) : List.of();
            Val self = instance ? args.get(0) : null;
            return result(call, returned, result, self == null ? Set.of() : self.fields,
                    self == null ? 0L : self.params, aliases);
        }

        /** The value a call answers: none, a number, or text that may be an object the caller can add to. */
        private Val result(AbstractInsnNode site, Type returned, Taint taint, Set<String> fields, long params,
                List<Val> aliases) {
            if (returned.getSort() == Type.VOID) {
                return null;
            }
            if (isNumber(returned)) {
                return Val.of(returned.getSize(), Taint.SAFE);
            }
            Set<Integer> created = new TreeSet<>();
            if (hasIdentity(returned)) {
                created.add(method.instructions.indexOf(site));
                contents.putIfAbsent(method.instructions.indexOf(site), Taint.SAFE);
            }
            for (Val alias : aliases) {
                created.addAll(alias.created);
            }
            return new Val(1, taint, Set.copyOf(created), Set.copyOf(fields), params, null);
        }

        private Val invokeDynamic(InvokeDynamicInsnNode indy, List<Val> args) {
            String bootstrap = indy.bsm.getOwner();
            List<Type> types = List.of(Type.getArgumentTypes(indy.desc));
            if (bootstrap.equals("java/lang/invoke/StringConcatFactory")) {
                Taint text = Taint.SAFE;
                for (int i = 0; i < args.size(); i++) {
                    if (!isNumber(types.get(i)) && !hierarchy.isEnumWithItsOwnNames(types.get(i))) {
                        text = text.join(content(args.get(i)));
                    }
                }
                return Val.of(1, text);
            }
            if (bootstrap.equals("java/lang/invoke/LambdaMetafactory")) {
                Handle implementation = (Handle) indy.bsmArgs[1];
                List<Taint> captured = contents(args, types);
                runsWhenCalled(indy, implementation, args);
                return new Val(1, Taint.SAFE, Set.of(), Set.of(), 0L, new Function(implementation, captured));
            }
            Type returned = Type.getReturnType(indy.desc);
            return result(indy, returned, Taint.tainted("the result of " + indy.name), Set.of(), 0L, List.of());
        }

        /**
         * What a lambda body or a method reference adds and queries, checked where it is created: what its caller
         * will supply is tainted.
         */
        private void runsWhenCalled(InvokeDynamicInsnNode indy, Handle implementation, List<Val> captured) {
            int opcode = opcode(implementation);
            QuerySinks.Sink sink = sinkFor(implementation.getOwner(), implementation.getName());
            if (sink != null) {
                boolean instance = opcode != Opcodes.INVOKESTATIC
                        && implementation.getTag() != Opcodes.H_NEWINVOKESPECIAL;
                List<Type> types = types(implementation.getOwner(), implementation.getDesc(), instance);
                for (int i = instance ? 1 : 0; i < types.size(); i++) {
                    if (types.get(i).getDescriptor().equals("Ljava/lang/String;")) {
                        reach(indy, i < captured.size() ? content(captured.get(i))
                                : Taint.tainted("an argument the caller of a function supplies"), sink.language(),
                                dotted(implementation.getOwner()) + "." + implementation.getName());
                    }
                }
                return;
            }
            List<String> targets = hierarchy.targets(implementation.getOwner(), implementation.getName(),
                    implementation.getDesc(), opcode);
            if (targets.isEmpty()) {
                if (!captured.isEmpty() && opcode != Opcodes.INVOKESTATIC && ADDING.contains(implementation.getName())
                        && TEXT_FUNCTIONS.contains(implementation.getOwner())) {
                    addTo(captured.get(0), Taint.tainted("what a function adds to "
                            + dotted(implementation.getOwner())));
                }
                return;
            }
            List<Type> types = types(implementation.getOwner(), implementation.getDesc(),
                    opcode != Opcodes.INVOKESTATIC);
            List<Val> args = new ArrayList<>(captured);
            while (args.size() < types.size()) {
                args.add(Val.of(types.get(args.size()).getSize(),
                        Taint.tainted("an argument the caller of a function supplies")));
            }
            callApp(indy, targets, args, types, Type.VOID_TYPE);
        }

        /** The text a function answers when a JDK method calls it with what the receiver holds. */
        private Taint apply(Function function, Taint supplied) {
            Handle implementation = function.implementation();
            int opcode = opcode(implementation);
            boolean instance = opcode != Opcodes.INVOKESTATIC && implementation.getTag() != Opcodes.H_NEWINVOKESPECIAL;
            List<Type> types = types(implementation.getOwner(), implementation.getDesc(), instance);
            if (isNumber(Type.getReturnType(implementation.getDesc()))) {
                return Taint.SAFE;
            }
            List<Taint> arguments = new ArrayList<>(function.captured());
            while (arguments.size() < types.size()) {
                arguments.add(isNumber(types.get(arguments.size())) ? Taint.SAFE : supplied);
            }
            List<String> targets = hierarchy.targets(implementation.getOwner(), implementation.getName(),
                    implementation.getDesc(), opcode);
            if (!targets.isEmpty()) {
                Taint result = Taint.SAFE;
                for (String target : targets) {
                    result = result.join(instantiate(summaries.getOrDefault(target, new Summary()).returned,
                            arguments));
                }
                return result;
            }
            String owner = hierarchy.isApp(implementation.getOwner()) ? hierarchy.hostOwner(implementation.getOwner())
                    : implementation.getOwner();
            if (owner.equals("java/lang/Enum") && implementation.getName().equals("name")) {
                return Taint.SAFE;
            }
            if (TEXT_FUNCTIONS.contains(owner)) {
                return arguments.stream().reduce(Taint.SAFE, Taint::join);
            }
            return Taint.tainted("the result of " + dotted(owner) + "." + implementation.getName());
        }

        private List<Type> types(String owner, String desc, boolean instance) {
            List<Type> types = new ArrayList<>();
            if (instance) {
                types.add(Type.getObjectType(owner));
            }
            types.addAll(List.of(Type.getArgumentTypes(desc)));
            return types;
        }

        private List<Taint> contents(List<Val> args, List<Type> types) {
            List<Taint> contents = new ArrayList<>();
            for (int i = 0; i < args.size(); i++) {
                contents.add(i < types.size() && isNumber(types.get(i)) ? Taint.SAFE : content(args.get(i)));
            }
            return contents;
        }

        private Taint instantiate(Taint taint, List<Taint> arguments) {
            Taint result = taint.withoutParameters();
            for (int param = 0; param < 64; param++) {
                if ((taint.params & (1L << param)) != 0) {
                    result = result.join(param < arguments.size() ? arguments.get(param)
                            : Taint.tainted("a missing argument"));
                }
            }
            return result;
        }

        // -- sinks

        /** Query text reaching a sink, here or through the calls of {@code chain}. */
        private void reach(AbstractInsnNode site, Taint text, QuerySinks.Language language, String chain) {
            String here = hierarchy.describe(key) + "(" + line(site) + ")";
            String path = here + " -> " + chain;
            if (text.unsafeIn(language)) {
                report(path, language, text.tainted ? text.source : "a JQL literal, which is no SQL literal");
            } else if (text.params != 0) {
                for (int param = 0; param < parameterTypes.length; param++) {
                    if ((text.params & (1L << param)) != 0) {
                        summary.sinkUses.putIfAbsent(param + " " + language, new SinkUse(param, language,
                                "(" + line(site) + ") -> " + chain));
                        if (fromOutside) {
                            report(path, language, parameterSource(1L << param));
                        }
                    }
                }
            }
        }

        private void report(String path, QuerySinks.Language language, String source) {
            String location = dotted(owner.name) + "#" + method.name;
            if (allowed.containsKey(location)) {
                allowancesUsed.add(location);
                return;
            }
            violations.put(path, path + ": the " + language + " is built from " + source);
        }

        private int line(AbstractInsnNode insn) {
            for (AbstractInsnNode node = insn; node != null; node = node.getPrevious()) {
                if (node instanceof LineNumberNode line) {
                    return line.line;
                }
            }
            return 0;
        }
    }

    private static <T> Set<T> union(Set<T> first, Set<T> second) {
        if (first.containsAll(second)) {
            return first;
        }
        Set<T> union = new TreeSet<>(first);
        union.addAll(second);
        return Set.copyOf(union);
    }
}
