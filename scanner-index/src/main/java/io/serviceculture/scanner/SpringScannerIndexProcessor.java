package io.serviceculture.scanner;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Messager;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.tools.Diagnostic;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * Writes {@code META-INF/plugin-components/component}, {@code imports} and {@code exports}, the index that
 * Jira's Spring Scanner runtime reads with {@code <atlassian-scanner:scan-indexes/>}: one entry per line, sorted,
 * without duplicates, blank lines or comments, because the runtime splits every line on {@code #}.
 *
 * <p>Annotations are matched by name, so the processor needs neither Spring nor the scanner jar.
 */
public final class SpringScannerIndexProcessor extends AbstractProcessor {
    static final String NAMED = "javax.inject.Named";
    static final String COMPONENT = "org.springframework.stereotype.Component";
    static final String COMPONENT_IMPORT = "com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport";
    static final String EXPORT_AS_SERVICE = "com.atlassian.plugin.spring.scanner.annotation.export.ExportAsService";

    static final String INDEX_DIR = "META-INF/plugin-components/";

    private final Set<String> components = new TreeSet<>();
    private final Set<String> imports = new TreeSet<>();
    private final Set<String> exports = new TreeSet<>();
    private final Set<String> importedInterfaces = new TreeSet<>();
    private final Set<String> exportedInterfaces = new TreeSet<>();

    @Override
    public Set<String> getSupportedAnnotationTypes() {
        return Set.of(NAMED, COMPONENT, COMPONENT_IMPORT, EXPORT_AS_SERVICE);
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
                switch (name) {
                    case NAMED, COMPONENT -> addComponent(element, name);
                    case COMPONENT_IMPORT -> addImport(element);
                    case EXPORT_AS_SERVICE -> addExport(element);
                    default -> {}
                }
            }
        }
        if (round.processingOver()) {
            checkNothingImportedIsExported();
            write("component", components);
            write("imports", imports);
            write("exports", exports);
        }
        return false;
    }

    private void addComponent(Element element, String annotation) {
        // @Named on a field or parameter is a qualifier, not a bean
        if (element.getKind() != ElementKind.CLASS) {
            return;
        }
        TypeElement type = (TypeElement) element;
        String beanName = stringValue(element, annotation).orElse("");
        components.add(entry(binaryName(type), beanName));
    }

    private void addImport(Element element) {
        if (element.getKind() != ElementKind.FIELD && element.getKind() != ElementKind.PARAMETER) {
            error(element, "@ComponentImport belongs on a field or a constructor parameter");
            return;
        }
        TypeMirror type = element.asType();
        if (type.getKind() != TypeKind.DECLARED
                || ((DeclaredType) type).asElement().getKind() != ElementKind.INTERFACE) {
            error(element, "@ComponentImport needs an interface type, because OSGi services are imported by interface");
            return;
        }
        String iface = binaryName((TypeElement) ((DeclaredType) type).asElement());
        importedInterfaces.add(iface);
        imports.add(entry(iface, stringValue(element, COMPONENT_IMPORT).orElse("")));
    }

    private void addExport(Element element) {
        if (element.getKind() != ElementKind.CLASS) {
            error(element, "@ExportAsService belongs on a component class");
            return;
        }
        TypeElement type = (TypeElement) element;
        List<String> interfaces = classValues(element, EXPORT_AS_SERVICE);
        if (interfaces.isEmpty()) {
            // the runtime then exports the class under all of its interfaces
            for (TypeMirror direct : type.getInterfaces()) {
                exportedInterfaces.add(binaryName((TypeElement) ((DeclaredType) direct).asElement()));
            }
        }
        exportedInterfaces.addAll(interfaces);
        exports.add(entry(binaryName(type), String.join(",", interfaces)));
    }

    private void checkNothingImportedIsExported() {
        Set<String> both = new TreeSet<>(importedInterfaces);
        both.retainAll(exportedInterfaces);
        for (String iface : both) {
            // Spring Scanner fails at load time when one bean is both imported and exported
            processingEnv
                    .getMessager()
                    .printMessage(Diagnostic.Kind.ERROR, iface + " is both imported and exported as a service");
        }
    }

    private void write(String file, Set<String> lines) {
        try {
            FileObject resource =
                    processingEnv.getFiler().createResource(StandardLocation.CLASS_OUTPUT, "", INDEX_DIR + file);
            try (Writer out = new java.io.OutputStreamWriter(resource.openOutputStream(), StandardCharsets.UTF_8)) {
                for (String line : lines) {
                    out.write(line);
                    out.write('\n');
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the Spring Scanner index " + file, e);
        }
    }

    private static String entry(String name, String suffix) {
        return suffix.isEmpty() ? name : name + "#" + suffix;
    }

    private String binaryName(TypeElement type) {
        return processingEnv.getElementUtils().getBinaryName(type).toString();
    }

    private static Optional<AnnotationMirror> mirror(Element element, String annotation) {
        for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
            TypeElement type = (TypeElement) mirror.getAnnotationType().asElement();
            if (type.getQualifiedName().contentEquals(annotation)) {
                return Optional.of(mirror);
            }
        }
        return Optional.empty();
    }

    private static Optional<AnnotationValue> value(Element element, String annotation) {
        return mirror(element, annotation).flatMap(mirror -> {
            for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> e :
                    mirror.getElementValues().entrySet()) {
                if (e.getKey().getSimpleName().contentEquals("value")) {
                    return Optional.of(e.getValue());
                }
            }
            return Optional.empty();
        });
    }

    private static Optional<String> stringValue(Element element, String annotation) {
        return value(element, annotation)
                .map(v -> v.getValue())
                .filter(String.class::isInstance)
                .map(String.class::cast)
                .filter(s -> !s.isEmpty());
    }

    private List<String> classValues(Element element, String annotation) {
        List<String> names = new ArrayList<>();
        value(element, annotation).ifPresent(v -> {
            Object raw = v.getValue();
            List<?> items = raw instanceof List<?> list ? list : List.of(v);
            for (Object item : items) {
                Object type = item instanceof AnnotationValue av ? av.getValue() : item;
                if (type instanceof DeclaredType declared) {
                    names.add(binaryName((TypeElement) declared.asElement()));
                }
            }
        });
        return names;
    }

    private void error(Element element, String message) {
        Messager messager = processingEnv.getMessager();
        messager.printMessage(Diagnostic.Kind.ERROR, message, element);
    }
}
