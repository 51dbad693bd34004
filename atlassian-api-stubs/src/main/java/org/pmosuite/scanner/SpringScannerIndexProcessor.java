package org.pmosuite.scanner;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.tools.Diagnostic;
import javax.tools.StandardLocation;

import static org.pmosuite.scanner.ScannerAnnotations.EXPORT_AS_DEV_SERVICE;
import static org.pmosuite.scanner.ScannerAnnotations.EXPORT_AS_SERVICE;
import static org.pmosuite.scanner.ScannerAnnotations.JAVAX_NAMED;
import static org.pmosuite.scanner.ScannerAnnotations.PRIMARY;
import static org.pmosuite.scanner.ScannerAnnotations.PROFILE;

/**
 * Writes the Atlassian Spring Scanner index ({@code META-INF/plugin-components/*}) at compile time, in the format the
 * scanner runtime reads: one entry per line, UTF-8, {@code \n}-terminated, sorted and de-duplicated.
 * <ul>
 *   <li>{@code component[-product]}: {@code BinaryName} or {@code BinaryName#beanName} when a name is given;</li>
 *   <li>{@code primary-component[-product]}: the same entries, for components also annotated {@code @Primary};</li>
 *   <li>{@code imports[-product]}: {@code InterfaceBinaryName} or {@code InterfaceBinaryName#beanName};</li>
 *   <li>{@code exports[-product]}, {@code dev-exports[-product]}: {@code BinaryName#Interface1,Interface2};</li>
 *   <li>entries of a class annotated with the scanner's {@code @Profile("p")} go to {@code profile-p/<file>} instead.</li>
 * </ul>
 * Files are written once, in the last round, and only when they have entries. The index covers the sources of one
 * javac run; maven-compiler-plugin recompiles the whole module whenever a source changes, so that is the module.
 */
public final class SpringScannerIndexProcessor extends AbstractProcessor {

    static final String INDEX_DIR = "META-INF/plugin-components/";

    private final Map<String, SortedSet<String>> index = new TreeMap<>();
    private boolean failed;

    @Override
    public Set<String> getSupportedAnnotationTypes() {
        var types = new TreeSet<>(ScannerAnnotations.COMPONENTS);
        types.add(JAVAX_NAMED);
        types.add(ScannerAnnotations.SCANNER + "*");
        return types;
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        for (TypeElement annotation : annotations) {
            String name = annotation.getQualifiedName().toString();
            for (Element element : round.getElementsAnnotatedWith(annotation)) {
                ScannerAnnotations.componentFile(name).ifPresent(file -> indexComponent(element, name, file));
                ScannerAnnotations.importFile(name).ifPresent(file -> indexImport(element, name, file));
                if (name.equals(EXPORT_AS_SERVICE)) {
                    indexExport(element, name, "exports");
                } else if (name.equals(EXPORT_AS_DEV_SERVICE)) {
                    indexExport(element, name, "dev-exports");
                } else if (name.equals(JAVAX_NAMED) && element instanceof TypeElement) {
                    error(element, "@javax.inject.Named is not indexed by Spring Scanner 6; use @jakarta.inject.Named");
                }
            }
        }
        if (round.processingOver() && !failed) {
            writeIndex();
        }
        return false;
    }

    private void indexComponent(Element element, String annotation, String file) {
        if (!(element instanceof TypeElement type) || element.getKind() == ElementKind.ANNOTATION_TYPE) {
            return; // a qualifier on a field/parameter, or a custom stereotype declaration
        }
        if (!isInstantiableClass(type)) {
            error(type, "@" + simpleName(annotation) + " needs a concrete class (not an interface, enum, abstract "
                    + "or inner class): " + binaryName(type));
            return;
        }
        String entry = binaryName(type) + beanNameSuffix(mirror(type, annotation).orElseThrow());
        boolean primary = mirror(type, PRIMARY).isPresent();
        for (String dir : profileDirs(type)) {
            add(dir + file, entry);
            if (primary) {
                add(dir + "primary-" + file, entry);
            }
        }
    }

    private void indexImport(Element element, String annotation, String file) {
        boolean constructorParameter = element.getKind() == ElementKind.PARAMETER
                && element.getEnclosingElement().getKind() == ElementKind.CONSTRUCTOR;
        if (!constructorParameter && element.getKind() != ElementKind.FIELD) {
            error(element, "@" + simpleName(annotation) + " is only supported on constructor parameters and fields");
            return;
        }
        TypeMirror type = element.asType();
        if (type.getKind() != TypeKind.DECLARED
                || ((DeclaredType) type).asElement().getKind() != ElementKind.INTERFACE) {
            error(element, "@" + simpleName(annotation) + " needs an interface type (OSGi services are imported by "
                    + "interface), but " + element.getSimpleName() + " is of type " + type);
            return;
        }
        TypeElement owner = (TypeElement) (constructorParameter
                ? element.getEnclosingElement().getEnclosingElement()
                : element.getEnclosingElement());
        String entry = binaryName((TypeElement) ((DeclaredType) type).asElement())
                + beanNameSuffix(mirror(element, annotation).orElseThrow());
        profileDirs(owner).forEach(dir -> add(dir + file, entry));
    }

    private void indexExport(Element element, String annotation, String file) {
        TypeElement type = (TypeElement) element;
        Optional<String> componentFile = componentFileOf(type);
        if (componentFile.isEmpty()) {
            error(type, "@" + simpleName(annotation) + " needs a component: also annotate " + binaryName(type)
                    + " with @jakarta.inject.Named, @Component or a product component annotation");
            return;
        }
        List<TypeMirror> interfaces = classValues(mirror(type, annotation).orElseThrow());
        var types = processingEnv.getTypeUtils();
        for (TypeMirror exported : interfaces) {
            if (!types.isAssignable(types.erasure(type.asType()), types.erasure(exported))) {
                error(type, binaryName(type) + " is exported as " + exported + " but does not implement it");
                return;
            }
        }
        if (interfaces.isEmpty()) {
            interfaces = List.copyOf(type.getInterfaces());
        }
        String services = interfaces.isEmpty()
                ? binaryName(type)
                : interfaces.stream().map(this::binaryName).collect(Collectors.joining(","));
        String productSuffix = componentFile.get().substring("component".length());
        profileDirs(type).forEach(dir -> add(dir + file + productSuffix, binaryName(type) + "#" + services));
    }

    private void writeIndex() {
        for (var file : index.entrySet()) {
            try (Writer writer = new OutputStreamWriter(processingEnv.getFiler()
                    .createResource(StandardLocation.CLASS_OUTPUT, "", INDEX_DIR + file.getKey())
                    .openOutputStream(), StandardCharsets.UTF_8)) {
                for (String entry : file.getValue()) {
                    writer.write(entry);
                    writer.write('\n');
                }
            } catch (IOException e) {
                processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR,
                        "Cannot write Spring Scanner index " + INDEX_DIR + file.getKey() + ": " + e.getMessage());
            }
        }
    }

    private Optional<String> componentFileOf(TypeElement type) {
        return type.getAnnotationMirrors().stream()
                .map(mirror -> ScannerAnnotations.componentFile(annotationName(mirror)))
                .flatMap(Optional::stream)
                .findFirst();
    }

    /** {@code ""} for the default profile, else {@code profile-<name>/} per name of the scanner's {@code @Profile}. */
    private List<String> profileDirs(TypeElement type) {
        List<String> dirs = mirror(type, PROFILE).map(this::stringValues).orElse(List.of()).stream()
                .map(String::trim)
                .filter(profile -> !profile.isEmpty())
                .map(profile -> "profile-" + profile + "/")
                .toList();
        return dirs.isEmpty() ? List.of("") : dirs;
    }

    private static boolean isInstantiableClass(TypeElement type) {
        boolean classKind = type.getKind() == ElementKind.CLASS || type.getKind() == ElementKind.RECORD;
        boolean inner = type.getNestingKind() == NestingKind.MEMBER && !type.getModifiers().contains(Modifier.STATIC);
        return classKind && !inner && !type.getModifiers().contains(Modifier.ABSTRACT);
    }

    /** {@code "#name"} for an explicit, non-blank {@code value}; {@code ""} lets the runtime derive the name. */
    private static String beanNameSuffix(AnnotationMirror mirror) {
        return explicitValue(mirror)
                .map(AnnotationValue::getValue)
                .filter(String.class::isInstance)
                .map(value -> ((String) value).trim())
                .filter(name -> !name.isEmpty())
                .map(name -> "#" + name)
                .orElse("");
    }

    private List<TypeMirror> classValues(AnnotationMirror mirror) {
        return arrayValue(mirror).stream().map(value -> (TypeMirror) value.getValue()).toList();
    }

    private List<String> stringValues(AnnotationMirror mirror) {
        return arrayValue(mirror).stream().map(value -> (String) value.getValue()).toList();
    }

    @SuppressWarnings("unchecked")
    private static List<? extends AnnotationValue> arrayValue(AnnotationMirror mirror) {
        return explicitValue(mirror)
                .map(value -> value.getValue() instanceof List<?> list
                        ? (List<? extends AnnotationValue>) list
                        : List.of(value))
                .orElse(List.of());
    }

    private static Optional<AnnotationValue> explicitValue(AnnotationMirror mirror) {
        return mirror.getElementValues().entrySet().stream()
                .filter(entry -> entry.getKey().getSimpleName().contentEquals("value"))
                .map(entry -> (AnnotationValue) entry.getValue())
                .findFirst();
    }

    private static Optional<? extends AnnotationMirror> mirror(Element element, String annotation) {
        return element.getAnnotationMirrors().stream()
                .filter(mirror -> annotationName(mirror).equals(annotation))
                .findFirst();
    }

    private static String annotationName(AnnotationMirror mirror) {
        return ((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName().toString();
    }

    private static String simpleName(String annotation) {
        return annotation.substring(annotation.lastIndexOf('.') + 1);
    }

    private String binaryName(TypeMirror type) {
        return binaryName((TypeElement) processingEnv.getTypeUtils().asElement(type));
    }

    private String binaryName(TypeElement type) {
        return processingEnv.getElementUtils().getBinaryName(type).toString();
    }

    private void add(String file, String entry) {
        index.computeIfAbsent(file, key -> new TreeSet<>()).add(entry);
    }

    private void error(Element element, String message) {
        failed = true;
        processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, message, element);
    }
}
