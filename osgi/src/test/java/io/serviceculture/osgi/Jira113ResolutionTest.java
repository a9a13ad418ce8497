package io.serviceculture.osgi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import org.junit.Rule;
import org.junit.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleException;
import org.osgi.framework.wiring.BundleRevision;
import org.osgi.framework.wiring.BundleWire;
import org.osgi.framework.wiring.BundleWiring;

/**
 * The Jira 11.3 jar, transformed from the Jira 10.3 jar, resolves and starts in Felix against what Jira 11.3
 * exports, uses no javax web API any more, and is the same app to Jira: same bundle, plugin key and Active
 * Objects namespace, so data survives an upgrade.
 */
public class Jira113ResolutionTest {
    private static final List<String> JAVAX_WEB_APIS = List.of("javax/servlet", "javax/ws/rs", "javax/inject");

    @Rule
    public final FelixFramework felix = new FelixFramework(JiraPlatform.jira113Exports());

    @Test
    public void resolvesAndStartsAgainstJira113Exports() throws Exception {
        Bundle app = felix.install(AppJar.forJira11());

        app.start();

        assertThat(app.getState()).isEqualTo(Bundle.ACTIVE);
        List<BundleWire> wires = app.adapt(BundleWiring.class).getRequiredWires(BundleRevision.PACKAGE_NAMESPACE);
        assertThat(wires)
                .extracting(wire -> wire.getCapability().getAttributes().get(BundleRevision.PACKAGE_NAMESPACE))
                .contains("jakarta.ws.rs", "jakarta.servlet.http", "jakarta.inject")
                .noneMatch(name -> name.toString().startsWith("javax.servlet")
                        || name.toString().startsWith("javax.ws.rs")
                        || name.toString().equals("javax.inject"));
    }

    @Test
    public void leavesNoJavaxWebApiInAnyClass() throws IOException {
        List<String> stillJavax = new ArrayList<>();
        int classes = 0;
        try (JarFile jar = new JarFile(AppJar.forJira11().toFile())) {
            for (JarEntry entry : java.util.Collections.list(jar.entries())) {
                if (entry.getName().endsWith(".class")) {
                    classes++;
                    // class names in the constant pool are UTF-8 text, so a byte search finds every reference
                    String constants = readLatin1(jar, entry);
                    JAVAX_WEB_APIS.stream()
                            .filter(constants::contains)
                            .forEach(api -> stillJavax.add(entry.getName() + " uses " + api));
                }
            }
        }
        assertThat(classes).isGreaterThan(100);
        assertThat(stillJavax).isEmpty();
    }

    @Test
    public void isTheSameAppAsTheJira10JarSoDataSurvivesTheUpgrade() throws IOException {
        Path jira10 = AppJar.forJira10();
        Path jira11 = AppJar.forJira11();

        for (String header :
                List.of("Bundle-SymbolicName", "Atlassian-Plugin-Key", "Bundle-Version", "Spring-Context")) {
            assertThat(manifest(jira11).getMainAttributes().getValue(header))
                    .as(header)
                    .isNotNull()
                    .isEqualTo(manifest(jira10).getMainAttributes().getValue(header));
        }
        // the descriptor (plugin key, AO namespace and entities, modules) is the same file
        assertThat(text(jira11, "atlassian-plugin.xml")).isEqualTo(text(jira10, "atlassian-plugin.xml"));
        assertThat(text(jira11, "atlassian-plugin.xml"))
                .contains("<ao key=\"ao\" namespace=\"io.serviceculture.jira\">");
    }

    @Test
    public void theJira11JarDoesNotResolveOnJira10() throws Exception {
        try (FelixFramework.Running jira103 = FelixFramework.start(JiraPlatform.jira103Exports())) {
            Bundle app = jira103.install(AppJar.forJira11());

            assertThatThrownBy(app::start).isInstanceOf(BundleException.class).hasMessageContaining("jakarta.");
        }
    }

    private static Manifest manifest(Path jar) throws IOException {
        try (JarFile file = new JarFile(jar.toFile())) {
            return file.getManifest();
        }
    }

    private static String text(Path jar, String name) throws IOException {
        try (JarFile file = new JarFile(jar.toFile())) {
            return readUtf8(file, file.getJarEntry(name));
        }
    }

    private static String readLatin1(JarFile jar, JarEntry entry) throws IOException {
        try (InputStream in = jar.getInputStream(entry)) {
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }

    private static String readUtf8(JarFile jar, JarEntry entry) throws IOException {
        try (InputStream in = jar.getInputStream(entry)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
