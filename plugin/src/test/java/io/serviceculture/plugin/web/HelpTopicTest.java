package io.serviceculture.plugin.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.Test;

/** Every help link opens a documentation section that exists, and every page of the app has one. */
public class HelpTopicTest {
    private static final Path DOCS = Path.of("../docs");
    private static final Path TEMPLATES = Path.of("src/main/resources/templates");

    @Test
    public void pointsEachTopicAtAHeadingOfAnExistingDocument() throws IOException {
        for (HelpTopic topic : HelpTopic.values()) {
            Path document = DOCS.resolve(topic.file());
            assertThat(document).as("document of %s", topic).isRegularFile();
            assertThat(anchorsOf(document)).as("headings of %s", document).contains(topic.anchor());
        }
    }

    @Test
    public void givesEveryPageTemplateAHelpLink() throws IOException {
        // a page is a template the host decorates with Jira's page (a panel, dialog or mail is not)
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            List<Path> pages = files.filter(file -> file.toString().endsWith(".vm"))
                    .filter(file -> read(file).contains("<meta name=\"decorator\""))
                    .toList();
            assertThat(pages).hasSizeGreaterThanOrEqualTo(8);
            assertThat(pages)
                    .allSatisfy(
                            page -> assertThat(read(page)).as("%s", page).containsOnlyOnce("$texts.helpLinkHtml(\""));
        }
    }

    @Test
    public void namesTopicsInTemplatesWithHyphens() {
        assertThat(HelpTopic.named("standards-admin")).isEqualTo(HelpTopic.STANDARDS_ADMIN);
        assertThat(HelpTopic.named("my-team").url())
                .isEqualTo("https://serviceculture.io/docs/commitments.md#sign-off-check-ins-history");
        assertThatThrownBy(() -> HelpTopic.named("nowhere")).isInstanceOf(IllegalArgumentException.class);
    }

    /** GitHub's heading anchors: lower case, punctuation dropped, spaces as hyphens. */
    static Set<String> anchorsOf(Path document) throws IOException {
        Set<String> anchors = new TreeSet<>();
        for (String line : Files.readAllLines(document, StandardCharsets.UTF_8)) {
            if (line.startsWith("#")) {
                String title = line.replaceFirst("^#+\\s*", "").toLowerCase(Locale.ROOT);
                anchors.add(title.replaceAll("[^\\p{L}\\p{N} _-]", "").replace(' ', '-'));
            }
        }
        return anchors;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
