package io.serviceculture.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.Test;

/** Every text key the app uses is defined, and every defined key is used. */
public class I18nKeysTest {
    private static final Path BUNDLE = Path.of("src/main/resources/i18n/service-culture.properties");

    /** Every bundle shipped: English, and the translations {@link TranslationsTest} compares with it. */
    private static final List<Path> BUNDLES =
            List.of(BUNDLE, Path.of("src/main/resources/i18n/service-culture_de.properties"));

    /** Where keys are used: the core's exceptions, the plugin's code, templates, scripts and descriptor. */
    private static final List<Path> SOURCE_TREES =
            List.of(Path.of("../core/src/main/java"), Path.of("src/main/java"), Path.of("src/main/resources"));

    private static final Set<String> SOURCE_SUFFIXES = Set.of(".java", ".vm", ".js", "atlassian-plugin.xml");

    private static final Pattern KEY = Pattern.compile("service-culture\\.[a-z0-9][a-z0-9._-]*[a-z0-9]");

    /**
     * Prefixes of key families that code builds at runtime (for example from an enum name), so no source names
     * the full key. Each entry needs a comment saying where the key is built.
     */
    private static final List<String> DYNAMIC_FAMILIES = List.of();

    @Test
    public void definesEveryKeyTheSourcesUse() throws IOException {
        assertThat(definedKeys()).containsAll(usedKeys());
    }

    @Test
    public void usesEveryKeyItDefines() throws IOException {
        Set<String> used = usedKeys();
        assertThat(definedKeys()).allSatisfy(key -> assertThat(
                        used.contains(key) || DYNAMIC_FAMILIES.stream().anyMatch(key::startsWith))
                .as("%s is defined but never used", key)
                .isTrue());
    }

    @Test
    public void keepsTheBundleAsciiWithPrefixedKeysAndNonBlankTexts() throws IOException {
        byte[] bytes = Files.readAllBytes(BUNDLE);
        // Jira may read bundles as ISO-8859-1: anything else must be a \\u escape
        assertThat(new String(bytes, StandardCharsets.US_ASCII).getBytes(StandardCharsets.US_ASCII))
                .isEqualTo(bytes);
        Properties bundle = load();
        assertThat(bundle.stringPropertyNames()).allSatisfy(key -> {
            assertThat(key).startsWith("service-culture.");
            assertThat(bundle.getProperty(key)).isNotBlank();
        });
    }

    @Test
    public void definesEachKeyOnce() throws IOException {
        for (Path bundle : BUNDLES) {
            assertThat(keysDefinedAgain(bundle))
                    .as("keys defined more than once in %s", bundle)
                    .isEmpty();
        }
    }

    private static List<Object> keysDefinedAgain(Path file) throws IOException {
        // features append their keys side by side and git merges the bundle by union, so a key may come twice
        List<Object> definedAgain = new ArrayList<>();
        Properties bundle = new Properties() {
            private static final long serialVersionUID = 1L;

            @Override
            public synchronized @Nullable Object put(Object key, Object value) {
                Object earlier = super.put(key, value);
                if (earlier != null) {
                    definedAgain.add(key);
                }
                return earlier;
            }
        };
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.ISO_8859_1)) {
            bundle.load(in);
        }
        return definedAgain;
    }

    private static Set<String> definedKeys() throws IOException {
        return new TreeSet<>(load().stringPropertyNames());
    }

    private static Properties load() throws IOException {
        Properties bundle = new Properties();
        try (Reader in = Files.newBufferedReader(BUNDLE, StandardCharsets.ISO_8859_1)) {
            bundle.load(in);
        }
        return bundle;
    }

    private static Set<String> usedKeys() throws IOException {
        Set<String> keys = new TreeSet<>();
        for (Path tree : SOURCE_TREES) {
            assertThat(tree).isDirectory();
            try (Stream<Path> files = Files.walk(tree)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    String name = file.getFileName().toString();
                    if (SOURCE_SUFFIXES.stream().anyMatch(name::endsWith)) {
                        Matcher matcher = KEY.matcher(Files.readString(file, StandardCharsets.UTF_8));
                        while (matcher.find()) {
                            keys.add(matcher.group());
                        }
                    }
                }
            }
        }
        // the bundle's own file name is not a key
        keys.remove("service-culture.properties");
        return keys;
    }
}
