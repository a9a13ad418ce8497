package io.serviceculture.standalone.wiring;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The Spring Scanner index in {@code META-INF/plugin-components/}: the component file ({@code fqcn[#beanName]}),
 * {@code imports} ({@code fq.Interface[#beanName]}) and {@code exports} ({@code fq.Impl[#fq.I1,fq.I2]}), with the
 * {@code -jira} variants Jira also reads.
 */
public record ScannerIndex(List<Entry> components, List<Entry> imports, List<Entry> exports) {

    /** One line: a class or interface and the optional part after {@code #}. */
    public record Entry(String className, Optional<String> extra) {
        /** The bean name: after {@code #}, else the simple class name with a lower-case first letter. */
        public String beanName() {
            return extra.orElseGet(() -> {
                String simple = className.substring(className.lastIndexOf('.') + 1);
                int nested = simple.lastIndexOf('$');
                simple = nested < 0 ? simple : simple.substring(nested + 1);
                if (simple.length() > 1 && Character.isUpperCase(simple.charAt(1))) {
                    return simple;
                }
                return Character.toLowerCase(simple.charAt(0)) + simple.substring(1);
            });
        }
    }

    public static ScannerIndex read(ClassLoader loader, String root) {
        return new ScannerIndex(
                entries(loader, root, "component"), entries(loader, root, "imports"), entries(loader, root, "exports"));
    }

    private static List<Entry> entries(ClassLoader loader, String root, String file) {
        List<Entry> entries = new ArrayList<>();
        for (String name : List.of(file, file + "-jira")) {
            try (InputStream in = loader.getResourceAsStream(root + "META-INF/plugin-components/" + name)) {
                if (in == null) {
                    continue;
                }
                new String(in.readAllBytes(), StandardCharsets.UTF_8)
                        .lines()
                        .map(String::strip)
                        .filter(l -> !l.isEmpty())
                        .forEach(line -> {
                            int hash = line.indexOf('#');
                            entries.add(
                                    hash < 0
                                            ? new Entry(line, Optional.empty())
                                            : new Entry(
                                                    line.substring(0, hash), Optional.of(line.substring(hash + 1))));
                        });
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return entries;
    }
}
