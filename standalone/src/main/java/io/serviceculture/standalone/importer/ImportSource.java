package io.serviceculture.standalone.importer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A folder of import files: {@code users.json}, {@code groups.json}, {@code projects.json},
 * {@code statuses.json}, {@code reporting-lines.csv} and issues as Jira REST JSON under {@code jira/}. On the
 * classpath a folder cannot be listed, so there {@code jira/index.txt} names the issue files.
 */
public interface ImportSource {

    /** A file's text, when the folder has it. */
    Optional<String> read(String relativePath);

    /** The issue files under {@code jira/}, as paths relative to the folder, sorted. */
    List<String> issueFiles();

    static ImportSource directory(Path root) {
        return new ImportSource() {
            @Override
            public Optional<String> read(String relativePath) {
                Path file = root.resolve(relativePath);
                if (!Files.isRegularFile(file)) {
                    return Optional.empty();
                }
                try {
                    return Optional.of(Files.readString(file, StandardCharsets.UTF_8));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }

            @Override
            public List<String> issueFiles() {
                Path jira = root.resolve("jira");
                if (!Files.isDirectory(jira)) {
                    return List.of();
                }
                try (Stream<Path> files = Files.walk(jira)) {
                    return files.filter(f -> f.toString().endsWith(".json"))
                            .map(f -> root.relativize(f).toString().replace('\\', '/'))
                            .sorted()
                            .toList();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }

            @Override
            public String toString() {
                return root.toString();
            }
        };
    }

    static ImportSource classpath(String folder) {
        ClassLoader loader = ImportSource.class.getClassLoader();
        return new ImportSource() {
            @Override
            public Optional<String> read(String relativePath) {
                try (InputStream in = loader.getResourceAsStream(folder + "/" + relativePath)) {
                    return in == null
                            ? Optional.empty()
                            : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }

            @Override
            public List<String> issueFiles() {
                return read("jira/index.txt")
                        .map(index -> index.lines()
                                .map(String::strip)
                                .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                                .map(l -> "jira/" + l)
                                .sorted()
                                .toList())
                        .orElse(List.of());
            }

            @Override
            public String toString() {
                return "classpath:" + folder;
            }
        };
    }
}
