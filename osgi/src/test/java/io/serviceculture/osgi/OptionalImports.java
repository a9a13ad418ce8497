package io.serviceculture.osgi;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.osgi.framework.Bundle;

/**
 * The packages a bundle imports with {@code resolution:=optional}. A class whose signature names a type from such a
 * package that no one exports cannot link, by design: OSGi leaves the import unwired and the class fails only if it
 * is used. Embedded libraries (OpenPDF's signing and FOP glyph support) have such classes, which the app never uses.
 */
final class OptionalImports {
    // a comma ends a clause unless it is inside a quoted attribute value, as in version="[2.0,3)"
    private static final Pattern CLAUSE = Pattern.compile("([^,\"]|\"[^\"]*\")+");
    private static final Pattern CLASS_NAME = Pattern.compile("([a-z_$][\\w$]*[./])+[A-Za-z_$][\\w$]*");

    private final Set<String> packages;

    private OptionalImports(Set<String> packages) {
        this.packages = packages;
    }

    static OptionalImports of(Bundle bundle) {
        Set<String> optional = new HashSet<>();
        String header = bundle.getHeaders().get("Import-Package");
        if (header != null) {
            Matcher clauses = CLAUSE.matcher(header);
            while (clauses.find()) {
                String clause = clauses.group().strip();
                if (clause.contains("resolution:=optional")) {
                    optional.add(clause.split(";", 2)[0].strip());
                }
            }
        }
        return new OptionalImports(optional);
    }

    /**
     * Whether the linkage error names a missing class from an optionally imported package, directly or through a
     * class of the bundle that cannot be defined for that reason.
     */
    boolean explains(Throwable error, Bundle bundle) {
        return explains(error, bundle, 0);
    }

    private boolean explains(Throwable error, Bundle bundle, int depth) {
        Optional<String> missing = missingClass(error).map(name -> name.replace('/', '.'));
        if (missing.isEmpty() || !missing.get().contains(".")) {
            return false;
        }
        String name = missing.get();
        if (packages.contains(name.substring(0, name.lastIndexOf('.')))) {
            return true;
        }
        if (depth >= 5) {
            return false;
        }
        try {
            bundle.loadClass(name);
            return false;
        } catch (ClassNotFoundException | LinkageError cause) {
            return explains(cause, bundle, depth + 1);
        }
    }

    private static Optional<String> missingClass(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof NoClassDefFoundError || t instanceof ClassNotFoundException) {
                String message = t.getMessage();
                if (message != null) {
                    Matcher name = CLASS_NAME.matcher(message);
                    if (name.find()) {
                        return Optional.of(name.group());
                    }
                }
            }
        }
        return Optional.empty();
    }
}
