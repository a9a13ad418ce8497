package io.serviceculture.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.Test;

/**
 * Every shipped translation says everything the English bundle says, with the same placeholders, in valid
 * MessageFormat. When a key is missing, the failure lists each one with its English text, ready to translate;
 * {@code bin/i18n-missing de} prints the same list from the shell.
 */
public class TranslationsTest {
    private static final Path ENGLISH = Path.of("src/main/resources/i18n/service-culture.properties");
    private static final Path GERMAN = Path.of("src/main/resources/i18n/service-culture_de.properties");

    /** Texts that are the same word in German and English, so an identical value is not a forgotten copy. */
    private static final Set<String> SAME_IN_GERMAN = Set.of(
            "Service Culture for Jira",
            "Service Culture",
            "Kudos",
            "Team",
            "Teams",
            "Filter",
            "Person",
            "Name",
            "Standard",
            "Standards",
            "Status",
            "Trends");

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)[^}]*}");

    @Test
    public void translatesEveryEnglishKeyIntoGerman() throws IOException {
        Map<String, String> english = load(ENGLISH);
        Map<String, String> german = load(GERMAN);
        Map<String, String> missing = new TreeMap<>(english);
        missing.keySet().removeAll(german.keySet());
        assertThat(missing)
                .as("German texts missing; translate these and add them to %s:%n%s", GERMAN, asLines(missing))
                .isEmpty();
    }

    @Test
    public void keepsNoGermanKeyTheEnglishBundleDropped() throws IOException {
        Set<String> extra = new TreeSet<>(load(GERMAN).keySet());
        extra.removeAll(load(ENGLISH).keySet());
        assertThat(extra).as("keys only the German bundle defines").isEmpty();
    }

    @Test
    public void usesTheSamePlaceholdersInEveryTranslation() throws IOException {
        Map<String, String> english = load(ENGLISH);
        Map<String, String> different = new TreeMap<>();
        load(GERMAN).forEach((key, text) -> {
            if (english.containsKey(key) && !placeholders(text).equals(placeholders(english.get(key)))) {
                different.put(key, text);
            }
        });
        assertThat(different)
                .as("German texts whose placeholders differ from the English")
                .isEmpty();
    }

    @Test
    public void leavesNoEnglishTextUntranslated() throws IOException {
        Map<String, String> english = load(ENGLISH);
        Map<String, String> copies = load(GERMAN).entrySet().stream()
                .filter(entry -> entry.getValue().equals(english.get(entry.getKey())))
                .filter(entry -> !SAME_IN_GERMAN.contains(entry.getValue()))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, TreeMap::new));
        assertThat(copies).as("German values still in English").isEmpty();
    }

    @Test
    public void writesEveryTextAsValidMessageFormat() throws IOException {
        List<String> broken = new ArrayList<>();
        for (Path bundle : List.of(ENGLISH, GERMAN)) {
            Locale locale = bundle.equals(GERMAN) ? Locale.GERMAN : Locale.ENGLISH;
            load(bundle).forEach((key, text) -> {
                try {
                    Set<Integer> numbers = placeholders(text);
                    Object[] arguments = new Object[numbers.isEmpty() ? 0 : Collections.max(numbers) + 1];
                    Arrays.setAll(arguments, n -> "#" + n);
                    // a lone apostrophe quotes what follows, so a placeholder after it would print as written
                    if (!numbers.isEmpty()
                            && new MessageFormat(text, locale).format(arguments).contains("{")) {
                        broken.add(bundle.getFileName() + ": " + key + " leaves a placeholder unfilled");
                    }
                } catch (IllegalArgumentException e) {
                    broken.add(bundle.getFileName() + ": " + key + " " + e.getMessage());
                }
            });
        }
        assertThat(broken).isEmpty();
    }

    @Test
    public void writesTheGermanBundleInAsciiWithUnicodeEscapes() throws IOException {
        // Jira may read bundles as ISO-8859-1: umlauts and typographic quotes must be \\u escapes
        byte[] bytes = Files.readAllBytes(GERMAN);
        assertThat(new String(bytes, StandardCharsets.US_ASCII).getBytes(StandardCharsets.US_ASCII))
                .isEqualTo(bytes);
        assertThat(load(GERMAN).entrySet())
                .filteredOn(entry -> entry.getValue().isBlank())
                .as("blank German texts")
                .isEmpty();
    }

    @Test
    public void speaksJirasGermanForIssuesAndProjects() throws IOException {
        Map<String, String> german = load(GERMAN);
        // Jira's own German terms, so the app reads as part of Jira
        assertThat(german.get("service-culture.standards.breaches.issue")).isEqualTo("Vorgang");
        assertThat(german.get("service-culture.standards.admin.rule.issue-types"))
                .isEqualTo("Vorgangstypen");
        assertThat(german.get("service-culture.standards.admin.rule.priorities"))
                .isEqualTo("Priorit\u00e4ten");
        assertThat(german.get("service-culture.standards.admin.rule.projects")).isEqualTo("Projektschl\u00fcssel");
        assertThat(german.values()).noneMatch(text -> text.contains("Issue") || text.contains("Ticket"));
    }

    private static Set<Integer> placeholders(String text) {
        Set<Integer> numbers = new TreeSet<>();
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            numbers.add(Integer.parseInt(matcher.group(1)));
        }
        return numbers;
    }

    private static String asLines(Map<String, String> texts) {
        return texts.entrySet().stream()
                .map(entry -> entry.getKey() + "=" + entry.getValue())
                .collect(Collectors.joining(System.lineSeparator()));
    }

    private static Map<String, String> load(Path bundle) throws IOException {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(bundle, StandardCharsets.ISO_8859_1)) {
            properties.load(in);
        }
        Map<String, String> texts = new TreeMap<>();
        properties.stringPropertyNames().forEach(key -> texts.put(key, properties.getProperty(key)));
        return texts;
    }
}
