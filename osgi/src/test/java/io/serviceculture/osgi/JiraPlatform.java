package io.serviceculture.osgi;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The packages a Jira line exports to apps through its OSGi system bundle, with their versions. Jira's plugin
 * framework exports the host's packages this way (the system bundle's {@code system.packages.extra}), so a
 * Felix framework given the same list resolves an app as Jira would. Only packages the app could import are
 * listed; Jira exports many more.
 *
 * <p>Where the versions come from:
 *
 * <ul>
 *   <li>Atlassian APIs: every package of our compile-only mirror ({@code atlassian-api}) is one Jira exports.
 *       The app imports them without a version range (as Atlassian's own apps do), so the version exported
 *       does not decide resolution; it is given as the Jira version. ASSUMED.
 *   <li>JAX-RS: Jira 10's REST v2 runs on Jersey 2, {@code javax.ws.rs} 2.1; Atlassian's Slack app for Jira 10
 *       imports {@code javax.ws.rs*;version="[2.0.0,3.0.0)"} (atlassian-labs/atlassian-slack-integration-server,
 *       tag jira-slack-server-integration-plugin-4.0.6). Jira 11 moved to Jakarta REST 3.1 with Spring 6 and
 *       Tomcat 10.1 (Jira 11 upgrade notes: "Jira 11 runs on Jakarta EE"). Exact micro versions ASSUMED.
 *   <li>Servlet: Jira 10 ships Tomcat 9 (Servlet 4.0, {@code javax.servlet}); Jira 11 ships Tomcat 10.1
 *       (Servlet 6.0, {@code jakarta.servlet}). Micro versions ASSUMED.
 *   <li>Active Objects: platform module {@code activeobjects} 6.1.1 (Atlassian's platform-module-usage wiki,
 *       https://bitbucket.org/atlassian/platform-module-usage/wiki/Jira); the app imports it without a range.
 *   <li>Jackson 2, SLF4J, {@code javax.inject}/{@code jakarta.inject}: provided by Jira to apps; versions
 *       ASSUMED within the ranges the app imports.
 * </ul>
 */
final class JiraPlatform {
    private JiraPlatform() {}

    /** Jira 10.3 LTS: javax APIs, Jersey 2, Tomcat 9. */
    static String jira103Exports() {
        List<String> exports = new ArrayList<>(atlassianPackages("10.3.0"));
        exports.addAll(List.of(
                "javax.ws.rs;version=2.1.1",
                "javax.ws.rs.core;version=2.1.1",
                "javax.ws.rs.ext;version=2.1.1",
                "javax.servlet;version=4.0.1",
                "javax.servlet.http;version=4.0.1",
                "javax.inject;version=1.0.0"));
        exports.addAll(common());
        return String.join(",", exports);
    }

    /** Jira 11.3 LTS: jakarta APIs, Jersey 3, Tomcat 10.1; no javax web APIs. */
    static String jira113Exports() {
        List<String> exports = new ArrayList<>(atlassianPackages("11.3.0"));
        exports.addAll(List.of(
                "jakarta.ws.rs;version=3.1.0",
                "jakarta.ws.rs.core;version=3.1.0",
                "jakarta.ws.rs.ext;version=3.1.0",
                "jakarta.servlet;version=6.0.0",
                "jakarta.servlet.http;version=6.0.0",
                "jakarta.inject;version=2.0.1"));
        exports.addAll(common());
        return String.join(",", exports);
    }

    private static List<String> common() {
        return List.of(
                "net.java.ao;version=6.1.1",
                "net.java.ao.schema;version=6.1.1",
                "com.fasterxml.jackson.core;version=2.17.2",
                "com.fasterxml.jackson.databind;version=2.17.2",
                "com.fasterxml.jackson.annotation;version=2.17.2",
                "org.slf4j;version=1.7.36");
    }

    /** Every package of the mirror of Jira's APIs, each exported at the given version. */
    private static List<String> atlassianPackages(String version) {
        return mirrorPackages().stream()
                .map(name -> name + ";version=" + version)
                .collect(Collectors.toList());
    }

    static Set<String> mirrorPackages() {
        Path mirror;
        try {
            mirror = Path.of(com.atlassian.jira.issue.Issue.class
                    .getProtectionDomain()
                    .getCodeSource()
                    .getLocation()
                    .toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        Set<String> packages = new TreeSet<>();
        try {
            if (Files.isDirectory(mirror)) {
                try (Stream<Path> files = Files.walk(mirror)) {
                    files.filter(file -> file.toString().endsWith(".class"))
                            .map(file -> mirror.relativize(file.getParent()).toString())
                            .map(folder -> folder.replace(java.io.File.separatorChar, '.'))
                            .forEach(packages::add);
                }
            } else {
                try (JarFile jar = new JarFile(mirror.toFile())) {
                    jar.stream()
                            .map(entry -> entry.getName())
                            .filter(name -> name.endsWith(".class") && name.contains("/"))
                            .map(name ->
                                    name.substring(0, name.lastIndexOf('/')).replace('/', '.'))
                            .forEach(packages::add);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return packages;
    }
}
